import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PreparedStatement, queryPrepared } from '../database/prepared-statement';
import { Citizen } from './entities/citizen.entity';

const COLUMNS = 'id, tenant_id, phone, profile_name, preferred_language, privacy_notice_sent_at, created_at, updated_at';

const FIND_OR_CREATE: PreparedStatement = {
  name: 'citizen_find_or_create',
  text: `WITH inserted AS (
           INSERT INTO citizens (tenant_id, phone, profile_name) VALUES ($1, $2, $3)
           ON CONFLICT (tenant_id, phone) DO NOTHING
           RETURNING ${COLUMNS})
         SELECT ${COLUMNS} FROM inserted
         UNION ALL
         SELECT ${COLUMNS} FROM citizens WHERE tenant_id = $1 AND phone = $2
         LIMIT 1`,
};

@Injectable()
export class CitizensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The citizen with this phone at this tenant, created on first contact, in one round trip (this runs
   * on every message). Under concurrency, simultaneous first messages insert once: a loser of that race
   * sees no row in its own statement's snapshot and reads the winner's afterwards.
   */
  async findOrCreate(tenantId: string, phone: string, profileName: string | null): Promise<Citizen> {
    const rows = await queryPrepared<CitizenRow>(this.dataSource, FIND_OR_CREATE, [tenantId, phone, profileName]);
    if (rows[0]) return toCitizen(rows[0]);
    const [row]: CitizenRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM citizens WHERE tenant_id = $1 AND phone = $2`,
      [tenantId, phone],
    );
    return toCitizen(row);
  }
}

interface CitizenRow {
  id: string;
  tenant_id: string;
  phone: string;
  profile_name: string | null;
  preferred_language: string | null;
  privacy_notice_sent_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

function toCitizen(row: CitizenRow): Citizen {
  return Object.assign(new Citizen(), {
    id: row.id,
    tenantId: row.tenant_id,
    phone: row.phone,
    profileName: row.profile_name,
    preferredLanguage: row.preferred_language,
    privacyNoticeSentAt: row.privacy_notice_sent_at === null ? null : new Date(row.privacy_notice_sent_at),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  });
}
