import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TenantsService } from '../tenancy/tenants.service';
import { PlatformAdmin } from './admin-auth.decorator';
import { CreateTenantDto } from './dto/create-tenant.dto';
import { TenantResponse } from './dto/tenant.response';

@ApiTags('admin: tenants')
@Controller('api/v1/admin/tenants')
@PlatformAdmin()
export class AdminTenantsController {
  constructor(private readonly tenants: TenantsService) {}

  @Post()
  @ApiOperation({ summary: 'Create a municipality, with default departments and categories' })
  @ApiCreatedResponse({ type: TenantResponse })
  @ApiBadRequestResponse({ description: 'A field is missing or malformed (e.g. a number that is not E.164)' })
  @ApiConflictResponse({ description: 'The slug or WhatsApp number is already taken' })
  async create(@Body() body: CreateTenantDto): Promise<TenantResponse> {
    return TenantResponse.from(await this.tenants.create(body));
  }

  @Get()
  @ApiOperation({ summary: 'List municipalities' })
  @ApiOkResponse({ type: [TenantResponse] })
  async list(): Promise<TenantResponse[]> {
    return (await this.tenants.list()).map(TenantResponse.from);
  }
}
