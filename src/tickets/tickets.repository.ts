import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LocationParts } from '../intake/intake.types';
import { TicketPriority, TicketStatus } from './entities/ticket.entity';

/** A ticket ready to be written: ids and tracking number drawn, department resolved. */
export interface NewTicketRow {
  id: string;
  tenantId: string;
  trackingNumber: string;
  citizenId: string;
  categoryId: string;
  departmentId: string;
  description: string;
  language: string;
  priority: TicketPriority;
  latitude: number | null;
  longitude: number | null;
  addressText: string | null;
  locationParts: LocationParts | null;
}

/** A ticket as staff and citizens see it: with its category and department codes. */
export interface TicketView {
  id: string;
  trackingNumber: string;
  status: TicketStatus;
  priority: TicketPriority;
  category: string;
  department: string;
  language: string;
  description: string;
  latitude: number | null;
  longitude: number | null;
  addressText: string | null;
  locationParts: LocationParts | null;
  createdAt: Date;
  updatedAt: Date;
}

const VIEW_COLUMNS = `t.id, t.tracking_number, t.status, t.priority, c.code AS category, d.code AS department, t.language,
  t.description, t.latitude, t.longitude, t.address_text, t.location_parts, t.created_at, t.updated_at`;
const VIEW_FROM = `tickets t
  JOIN categories c ON c.id = t.category_id AND c.tenant_id = t.tenant_id
  JOIN departments d ON d.id = t.department_id AND d.tenant_id = t.tenant_id`;

@Injectable()
export class TicketsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findViewForCitizen(
    tenantId: string,
    citizenId: string,
    trackingNumber: string,
  ): Promise<TicketView | null> {
    const rows = await this.dataSource.query(
      `SELECT ${VIEW_COLUMNS} FROM ${VIEW_FROM} WHERE t.tenant_id = $1 AND t.citizen_id = $2 AND t.tracking_number = $3`,
      [tenantId, citizenId, trackingNumber],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  async findViewByTrackingNumber(tenantId: string, trackingNumber: string): Promise<TicketView | null> {
    const rows = await this.dataSource.query(
      `SELECT ${VIEW_COLUMNS} FROM ${VIEW_FROM} WHERE t.tenant_id = $1 AND t.tracking_number = $2`,
      [tenantId, trackingNumber],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  async findLatestOpenForCitizen(tenantId: string, citizenId: string): Promise<{ id: string; trackingNumber: string } | null> {
    const rows: Array<{ id: string; tracking_number: string }> = await this.dataSource.query(
      `SELECT id, tracking_number FROM tickets
        WHERE tenant_id = $1 AND citizen_id = $2 AND status IN ('open', 'in_progress')
        ORDER BY created_at DESC, id DESC LIMIT 1`,
      [tenantId, citizenId],
    );
    return rows[0] ? { id: rows[0].id, trackingNumber: rows[0].tracking_number } : null;
  }

  /** Newest first. */
  async listViewsForTenant(tenantId: string, page: { limit: number; offset: number }): Promise<{ items: TicketView[]; total: number }> {
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT ${VIEW_COLUMNS} FROM ${VIEW_FROM} WHERE t.tenant_id = $1 ORDER BY t.created_at DESC, t.id DESC LIMIT $2 OFFSET $3`,
        [tenantId, page.limit, page.offset],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM tickets WHERE tenant_id = $1`, [tenantId]),
    ]);
    return { items: rows.map(toView), total: counted[0].total };
  }
}

function toView(row: Record<string, unknown>): TicketView {
  return {
    id: row.id as string,
    trackingNumber: row.tracking_number as string,
    status: row.status as TicketStatus,
    priority: row.priority as TicketPriority,
    category: row.category as string,
    department: row.department as string,
    language: row.language as string,
    description: row.description as string,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    addressText: (row.address_text as string | null) ?? null,
    locationParts: (row.location_parts as LocationParts | null) ?? null,
    createdAt: new Date(row.created_at as string),
    updatedAt: new Date(row.updated_at as string),
  };
}
