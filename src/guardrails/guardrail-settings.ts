import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ExpiringMap } from '../common/cache/expiring-map';
import { GuardrailSettingsRow } from './entities/guardrail-settings.entity';

export interface GuardrailSettings {
  messagesPerMinute: number;
  messagesPerDay: number;
  extraBlockedWords: readonly string[];
  abuseStrikesBeforeMute: number;
  muteMinutes: number;
}

/** Safe defaults: generous for a citizen describing a problem, tight for a script or a flood. */
export const DEFAULT_GUARDRAIL_SETTINGS: GuardrailSettings = {
  messagesPerMinute: 10,
  messagesPerDay: 200,
  extraBlockedWords: [],
  abuseStrikesBeforeMute: 3,
  muteMinutes: 60,
};

/** Each tenant's guardrail settings, remembered briefly (read on every message). */
@Injectable()
export class GuardrailSettingsRepository {
  private readonly cache = new ExpiringMap<string, GuardrailSettings>(30_000);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forTenant(tenantId: string): Promise<GuardrailSettings> {
    const cached = this.cache.get(tenantId);
    if (cached) return cached;
    const row = await this.dataSource.getRepository(GuardrailSettingsRow).findOneBy({ tenantId });
    const settings: GuardrailSettings = row
      ? {
          messagesPerMinute: row.messagesPerMinute,
          messagesPerDay: row.messagesPerDay,
          extraBlockedWords: row.extraBlockedWords,
          abuseStrikesBeforeMute: row.abuseStrikesBeforeMute,
          muteMinutes: row.muteMinutes,
        }
      : DEFAULT_GUARDRAIL_SETTINGS;
    this.cache.set(tenantId, settings);
    return settings;
  }

  async save(tenantId: string, settings: GuardrailSettings): Promise<void> {
    await this.dataSource.getRepository(GuardrailSettingsRow).upsert({ tenantId, ...settings, extraBlockedWords: [...settings.extraBlockedWords] }, ['tenantId']);
    this.cache.delete(tenantId);
  }
}
