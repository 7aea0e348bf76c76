import { MigrationInterface, QueryRunner } from 'typeorm';

/** Counts of the personal information the guardrails took out of each stored message (POPIA). */
export class AddInboundMessageRedactions1795200000000 implements MigrationInterface {
  name = 'AddInboundMessageRedactions1795200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inbound_messages" ADD "redactions" jsonb NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inbound_messages" DROP COLUMN "redactions"`);
  }
}
