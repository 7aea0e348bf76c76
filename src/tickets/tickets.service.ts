import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError } from '../common/errors/domain.error';
import type { TicketPriority } from './entities/ticket.entity';
import type { ExtractedLocation } from '../intake/intake.types';
import { TenantResolver } from '../tenancy/tenant-resolver';
import { NewTicketRow, TicketsRepository, TicketView } from './tickets.repository';
import { newTrackingNumber, normaliseTrackingNumber } from './tracking-number';

export interface ReportCommand {
  tenantId: string;
  citizenId: string;
  categoryCode: string;
  description: string;
  language: string;
  location: ExtractedLocation;
  /** "emergency" when the guardrails found a danger to life in the report. */
  priority?: TicketPriority;
  /** The id the conversation reserved (files it holds are already stored under it); else a new one. */
  id?: string;
}

@Injectable()
export class TicketsService {
  constructor(
    private readonly tickets: TicketsRepository,
    private readonly tenants: TenantResolver,
  ) {}

  /**
   * A new ticket for a report, routed to the department of its category, with a fresh id and tracking
   * number. The caller writes it together with the message that completed the report.
   */
  async draftFromReport(command: ReportCommand): Promise<NewTicketRow> {
    const route = await this.tenants.categoryRoute(command.tenantId, command.categoryCode);
    if (!route) throw new Error(`Tenant ${command.tenantId} has no category "${command.categoryCode}" nor "other"`);
    return {
      id: command.id ?? randomUUID(),
      tenantId: command.tenantId,
      trackingNumber: newTrackingNumber(),
      citizenId: command.citizenId,
      categoryId: route.categoryId,
      departmentId: route.departmentId,
      description: command.description,
      language: command.language,
      priority: command.priority ?? 'normal',
      latitude: command.location.latitude,
      longitude: command.location.longitude,
      addressText: command.location.addressText,
      locationParts: command.location.parts && Object.keys(command.location.parts).length ? command.location.parts : null,
    };
  }

  /** The same draft with another tracking number, for the rare draw that is already taken. */
  redrawTrackingNumber(draft: NewTicketRow): NewTicketRow {
    return { ...draft, trackingNumber: newTrackingNumber() };
  }

  findForCitizen(tenantId: string, citizenId: string, trackingNumber: string): Promise<TicketView | null> {
    return this.tickets.findViewForCitizen(tenantId, citizenId, trackingNumber);
  }

  /** The citizen's newest ticket that is still open or in progress: where a later photo belongs. */
  findLatestOpenForCitizen(tenantId: string, citizenId: string): Promise<{ id: string; trackingNumber: string } | null> {
    return this.tickets.findLatestOpenForCitizen(tenantId, citizenId);
  }

  listForTenant(tenantId: string, page: { limit: number; offset: number }) {
    return this.tickets.listViewsForTenant(tenantId, page);
  }

  async getForTenant(tenantId: string, rawTrackingNumber: string): Promise<TicketView> {
    const trackingNumber = normaliseTrackingNumber(rawTrackingNumber);
    const ticket = trackingNumber ? await this.tickets.findViewByTrackingNumber(tenantId, trackingNumber) : null;
    if (!ticket) throw new DomainError('TICKET_NOT_FOUND', 'No ticket with this tracking number at this tenant');
    return ticket;
  }
}
