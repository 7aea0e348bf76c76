import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { TenantsService } from '../tenancy/tenants.service';
import { TicketsService } from '../tickets/tickets.service';
import { PlatformAdmin } from './admin-auth.decorator';
import { ListTicketsQuery } from './dto/list-tickets.query';
import { TicketListResponse, TicketResponse } from './dto/ticket.response';

@ApiTags('admin: tickets')
@Controller('api/v1/admin/tenants/:tenantId/tickets')
@PlatformAdmin()
@ApiParam({ name: 'tenantId', format: 'uuid' })
@ApiNotFoundResponse({ description: 'No such tenant, or no such ticket at this tenant' })
export class AdminTicketsController {
  constructor(
    private readonly tenants: TenantsService,
    private readonly tickets: TicketsService,
  ) {}

  @Get()
  @ApiOperation({ summary: "A tenant's tickets, newest first" })
  @ApiOkResponse({ type: TicketListResponse })
  async list(@Param('tenantId', ParseUUIDPipe) tenantId: string, @Query() page: ListTicketsQuery): Promise<TicketListResponse> {
    await this.tenants.get(tenantId);
    const { items, total } = await this.tickets.listForTenant(tenantId, page);
    return { items: items.map(TicketResponse.from), total };
  }

  @Get(':trackingNumber')
  @ApiOperation({ summary: 'One ticket by tracking number' })
  @ApiParam({ name: 'trackingNumber', example: 'KMT-4821' })
  @ApiOkResponse({ type: TicketResponse })
  async get(
    @Param('tenantId', ParseUUIDPipe) tenantId: string,
    @Param('trackingNumber') trackingNumber: string,
  ): Promise<TicketResponse> {
    return TicketResponse.from(await this.tickets.getForTenant(tenantId, trackingNumber));
  }
}
