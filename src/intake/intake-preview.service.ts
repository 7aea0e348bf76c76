import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain.error';
import { DEFAULT_CATEGORIES } from '../tenancy/default-taxonomy';
import { TenantResolver } from '../tenancy/tenant-resolver';
import { TenantsRepository } from '../tenancy/tenants.repository';
import { IntakePreviewResponse } from './dto/intake-preview.dto';
import { IntakeClassifier } from './intake-classifier';
import { CATEGORY_CONFIDENCE_THRESHOLD } from './intake-flow';

/** What the intake would make of a text, without creating anything: for tuning a taxonomy. */
@Injectable()
export class IntakePreviewService {
  constructor(
    private readonly classifier: IntakeClassifier,
    private readonly tenants: TenantsRepository,
    private readonly routes: TenantResolver,
  ) {}

  async preview(text: string, tenantId?: string): Promise<IntakePreviewResponse> {
    if (tenantId && !(await this.tenants.findById(tenantId))) throw new DomainError('TENANT_NOT_FOUND', 'No tenant with this id');
    const analysis = await this.classifier.analyse(text, null);
    const top = analysis.categories[0] ?? { code: 'other' as const, confidence: 0 };
    const department = tenantId
      ? ((await this.routes.categoryRoute(tenantId, top.code))?.departmentCode ?? 'customer_care')
      : DEFAULT_CATEGORIES.find((c) => c.code === top.code)!.department;
    return {
      language: analysis.language,
      category: top,
      alternatives: analysis.categories,
      department,
      location: analysis.location?.addressText
        ? { text: analysis.location.addressText, parts: analysis.location.parts ?? {} }
        : null,
      needsClarification: top.confidence < CATEGORY_CONFIDENCE_THRESHOLD || !analysis.location,
      engine: analysis.engine,
    };
  }
}
