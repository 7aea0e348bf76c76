import { MigrationInterface, QueryRunner } from 'typeorm';

/** Keeps the parsed parts of a typed address (street, area, unit, landmark) beside the raw text. */
export class AddTicketLocationParts1795100000000 implements MigrationInterface {
  name = 'AddTicketLocationParts1795100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tickets" ADD "location_parts" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "location_parts"`);
  }
}
