import { Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { EnvironmentVariables, validateEnvironment } from './environment';

@Global()
@Module({
  providers: [
    // Validated when the module is built, so a bad variable stops the boot with its name.
    { provide: EnvironmentVariables, useFactory: () => validateEnvironment(process.env) },
    AppConfig,
  ],
  exports: [AppConfig],
})
export class ConfigModule {}
