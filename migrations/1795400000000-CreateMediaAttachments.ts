import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Photos, voice notes and documents citizens send, one row per file. A row is also the file's download
 * job (status pending, attempts, next_attempt_at, lease_until), so a download survives a restart.
 * Also indexes tickets by citizen, to find the open ticket a later photo belongs to.
 * target_ticket_id names the ticket the file belongs to: an existing ticket, or the id a conversation has
 * reserved for the ticket it will create (ticket_id stays NULL until that ticket exists).
 */
export class CreateMediaAttachments1795400000000 implements MigrationInterface {
  name = 'CreateMediaAttachments1795400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "media_attachments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "tenant_id" uuid NOT NULL,
        "citizen_id" uuid NOT NULL,
        "inbound_message_id" uuid NOT NULL,
        "media_index" smallint NOT NULL,
        "ticket_id" uuid,
        "target_ticket_id" uuid,
        "source" text NOT NULL DEFAULT 'whatsapp',
        "source_url" text,
        "declared_content_type" text NOT NULL,
        "content_type" text,
        "size" bigint,
        "sha256" text,
        "storage_key" text,
        "latitude" double precision,
        "longitude" double precision,
        "status" text NOT NULL DEFAULT 'pending',
        "failure_reason" text,
        "duplicate_of" uuid,
        "attempts" int NOT NULL DEFAULT 0,
        "next_attempt_at" timestamptz NOT NULL DEFAULT now(),
        "lease_until" timestamptz,
        "resend_requested_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_media_attachments" PRIMARY KEY ("id"),
        CONSTRAINT "uq_media_attachments_message_index" UNIQUE ("inbound_message_id", "media_index"),
        CONSTRAINT "ck_media_attachments_status" CHECK ("status" IN ('pending', 'stored', 'duplicate', 'failed', 'discarded')),
        CONSTRAINT "ck_media_attachments_source" CHECK ("source" IN ('whatsapp')),
        CONSTRAINT "ck_media_attachments_target" CHECK ("status" NOT IN ('pending', 'stored') OR "target_ticket_id" IS NOT NULL),
        CONSTRAINT "ck_media_attachments_stored" CHECK ("status" <> 'stored' OR ("storage_key" IS NOT NULL AND "content_type" IS NOT NULL AND "size" IS NOT NULL AND "sha256" IS NOT NULL)),
        CONSTRAINT "fk_media_attachments_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_media_attachments_citizen" FOREIGN KEY ("citizen_id") REFERENCES "citizens"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_media_attachments_inbound_message" FOREIGN KEY ("inbound_message_id") REFERENCES "inbound_messages"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_media_attachments_ticket" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE
      )`);
    // The same file is stored once per ticket (or per reserved ticket while held).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_media_attachments_target_sha256" ON "media_attachments" ("tenant_id", "target_ticket_id", "sha256") WHERE "status" = 'stored'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_media_attachments_due" ON "media_attachments" ("next_attempt_at") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_media_attachments_ticket" ON "media_attachments" ("tenant_id", "ticket_id", "created_at")`);
    await queryRunner.query(
      `CREATE INDEX "ix_media_attachments_held" ON "media_attachments" ("tenant_id", "target_ticket_id") WHERE "ticket_id" IS NULL`,
    );
    // The "please resend" message goes out once per inbound message; the claim is this column, set by one
    // UPDATE that concurrent downloads of the same message serialise on.
    await queryRunner.query(`ALTER TABLE "inbound_messages" ADD "media_resend_requested_at" timestamptz`);
    // A file sent after the report goes to the citizen's newest open ticket: found by this index.
    await queryRunner.query(`CREATE INDEX "ix_tickets_tenant_citizen" ON "tickets" ("tenant_id", "citizen_id", "created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_tickets_tenant_citizen"`);
    await queryRunner.query(`ALTER TABLE "inbound_messages" DROP COLUMN "media_resend_requested_at"`);
    await queryRunner.query(`DROP TABLE "media_attachments"`);
  }
}
