import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation schema: tenants (municipalities), their citizens, departments and categories,
 * tickets, inbound messages (idempotency by MessageSid), delivery status events and conversation turns.
 * Uses only built-in PostgreSQL (gen_random_uuid() is core since PostgreSQL 13), so it runs on PGlite too.
 */
export class CreateCitizenServiceSchema1795000000000 implements MigrationInterface {
  name = 'CreateCitizenServiceSchema1795000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "tenants" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "slug" text NOT NULL,
        "name" text NOT NULL,
        "whatsapp_number" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_tenants" PRIMARY KEY ("id"),
        CONSTRAINT "uq_tenants_slug" UNIQUE ("slug"),
        CONSTRAINT "uq_tenants_whatsapp_number" UNIQUE ("whatsapp_number")
      )`);
    await queryRunner.query(`
      CREATE TABLE "citizens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "tenant_id" uuid NOT NULL,
        "phone" text NOT NULL,
        "profile_name" text,
        "preferred_language" text,
        "privacy_notice_sent_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_citizens" PRIMARY KEY ("id"),
        CONSTRAINT "fk_citizens_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_citizens_tenant_phone" ON "citizens" ("tenant_id", "phone")`);
    await queryRunner.query(`
      CREATE TABLE "departments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "tenant_id" uuid NOT NULL,
        "code" text NOT NULL,
        "name" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_departments" PRIMARY KEY ("id"),
        CONSTRAINT "fk_departments_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_departments_tenant_code" ON "departments" ("tenant_id", "code")`);
    await queryRunner.query(`
      CREATE TABLE "categories" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "tenant_id" uuid NOT NULL,
        "code" text NOT NULL,
        "name" text NOT NULL,
        "department_id" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_categories" PRIMARY KEY ("id"),
        CONSTRAINT "fk_categories_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_categories_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_categories_tenant_code" ON "categories" ("tenant_id", "code")`);
    await queryRunner.query(`
      CREATE TABLE "tickets" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "tenant_id" uuid NOT NULL,
        "tracking_number" text NOT NULL,
        "citizen_id" uuid NOT NULL,
        "category_id" uuid NOT NULL,
        "department_id" uuid NOT NULL,
        "status" text NOT NULL DEFAULT 'open',
        "description" text NOT NULL,
        "language" text NOT NULL,
        "latitude" double precision,
        "longitude" double precision,
        "address_text" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_tickets" PRIMARY KEY ("id"),
        CONSTRAINT "uq_tickets_tracking_number" UNIQUE ("tracking_number"),
        CONSTRAINT "ck_tickets_status" CHECK ("status" IN ('open', 'in_progress', 'resolved', 'closed', 'rejected')),
        CONSTRAINT "ck_tickets_has_location" CHECK (("latitude" IS NOT NULL AND "longitude" IS NOT NULL) OR "address_text" IS NOT NULL),
        CONSTRAINT "fk_tickets_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_tickets_citizen" FOREIGN KEY ("citizen_id") REFERENCES "citizens"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_tickets_category" FOREIGN KEY ("category_id") REFERENCES "categories"("id"),
        CONSTRAINT "fk_tickets_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_tickets_tenant_created" ON "tickets" ("tenant_id", "created_at")`);
    await queryRunner.query(`
      CREATE TABLE "inbound_messages" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "message_sid" text NOT NULL,
        "tenant_id" uuid NOT NULL,
        "citizen_id" uuid NOT NULL,
        "body" text NOT NULL,
        "reply" text,
        "ticket_id" uuid,
        "received_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_inbound_messages" PRIMARY KEY ("id"),
        CONSTRAINT "uq_inbound_messages_message_sid" UNIQUE ("message_sid"),
        CONSTRAINT "fk_inbound_messages_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_inbound_messages_citizen" FOREIGN KEY ("citizen_id") REFERENCES "citizens"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_inbound_messages_ticket" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "message_status_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "tenant_id" uuid,
        "message_sid" text NOT NULL,
        "status" text NOT NULL,
        "error_code" text,
        "received_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_message_status_events" PRIMARY KEY ("id"),
        CONSTRAINT "fk_message_status_events_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_message_status_events_sid_status" ON "message_status_events" ("message_sid", "status")`,
    );
    await queryRunner.query(`
      CREATE TABLE "conversation_turns" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "tenant_id" uuid NOT NULL,
        "citizen_id" uuid NOT NULL,
        "inbound_message_id" uuid NOT NULL,
        "direction" text NOT NULL,
        "body" text NOT NULL,
        "step" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_conversation_turns" PRIMARY KEY ("id"),
        CONSTRAINT "ck_conversation_turns_direction" CHECK ("direction" IN ('inbound', 'outbound')),
        CONSTRAINT "fk_conversation_turns_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_conversation_turns_citizen" FOREIGN KEY ("citizen_id") REFERENCES "citizens"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_conversation_turns_inbound_message" FOREIGN KEY ("inbound_message_id") REFERENCES "inbound_messages"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_conversation_turns_tenant_citizen" ON "conversation_turns" ("tenant_id", "citizen_id", "created_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'conversation_turns',
      'message_status_events',
      'inbound_messages',
      'tickets',
      'categories',
      'departments',
      'citizens',
      'tenants',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
