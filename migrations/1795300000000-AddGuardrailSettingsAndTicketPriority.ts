import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-tenant guardrail settings (flood limits, extra blocked words, muting after abuse; a tenant
 * without a row gets the safe defaults), and a priority on tickets so emergencies stand out.
 */
export class AddGuardrailSettingsAndTicketPriority1795300000000 implements MigrationInterface {
  name = 'AddGuardrailSettingsAndTicketPriority1795300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "guardrail_settings" (
        "tenant_id" uuid NOT NULL,
        "messages_per_minute" int NOT NULL,
        "messages_per_day" int NOT NULL,
        "extra_blocked_words" text array NOT NULL DEFAULT '{}',
        "abuse_strikes_before_mute" int NOT NULL,
        "mute_minutes" int NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_guardrail_settings" PRIMARY KEY ("tenant_id"),
        CONSTRAINT "fk_guardrail_settings_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`ALTER TABLE "tickets" ADD "priority" text NOT NULL DEFAULT 'normal'`);
    await queryRunner.query(`ALTER TABLE "tickets" ADD CONSTRAINT "ck_tickets_priority" CHECK ("priority" IN ('normal', 'emergency'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tickets" DROP CONSTRAINT "ck_tickets_priority"`);
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "priority"`);
    await queryRunner.query(`DROP TABLE "guardrail_settings"`);
  }
}
