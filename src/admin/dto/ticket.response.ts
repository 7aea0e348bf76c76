import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TICKET_PRIORITIES, TICKET_STATUSES, TicketPriority, TicketStatus } from '../../tickets/entities/ticket.entity';
import type { TicketView } from '../../tickets/tickets.repository';
import { CATEGORY_CODES } from '../../tenancy/default-taxonomy';

export class TicketLocationResponse {
  @ApiPropertyOptional({ type: Number, nullable: true, example: -26.2485 })
  latitude: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 27.854 })
  longitude: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '12 Vilakazi Street, Orlando West', description: 'As the citizen wrote it, or the pin\'s label and address' })
  address: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    nullable: true,
    description: 'Parsed pieces of a typed address: streetNumber, street, area, unit, landmark (each optional)',
    example: { streetNumber: '12', street: 'Vilakazi Street', area: 'Orlando West' },
  })
  parts: Record<string, string> | null;
}

export class TicketResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'KMT-4821', description: 'Three letters, a dash, four digits' })
  trackingNumber: string;

  @ApiProperty({ enum: TICKET_STATUSES })
  status: TicketStatus;

  @ApiProperty({ enum: TICKET_PRIORITIES, description: '"emergency" when the report is also a danger to life' })
  priority: TicketPriority;

  @ApiProperty({ enum: CATEGORY_CODES, example: 'water' })
  category: string;

  @ApiProperty({ example: 'water_sanitation', description: 'The department the ticket is routed to' })
  department: string;

  @ApiProperty({ example: 'en', description: 'ISO 639 code of the language the citizen wrote in' })
  language: string;

  @ApiProperty({ example: 'No water in Riverlea since Monday' })
  description: string;

  @ApiProperty({ type: TicketLocationResponse })
  location: TicketLocationResponse;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  static from(ticket: TicketView): TicketResponse {
    return {
      id: ticket.id,
      trackingNumber: ticket.trackingNumber,
      status: ticket.status,
      priority: ticket.priority,
      category: ticket.category,
      department: ticket.department,
      language: ticket.language,
      description: ticket.description,
      location: {
        latitude: ticket.latitude,
        longitude: ticket.longitude,
        address: ticket.addressText,
        parts: (ticket.locationParts as Record<string, string> | null) ?? null,
      },
      createdAt: ticket.createdAt,
      updatedAt: ticket.updatedAt,
    };
  }
}

export class TicketListResponse {
  @ApiProperty({ type: [TicketResponse] })
  items: TicketResponse[];

  @ApiProperty({ example: 42, description: 'All tickets of the tenant, across pages' })
  total: number;
}
