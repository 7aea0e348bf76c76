import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { validateEnvironment } from '../config/environment';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (npm run migration:run / migration:generate): the same choice as the app. */
const config = new AppConfig(validateEnvironment(process.env));
export default new DataSource({ ...dataSourceOptions(config.database), migrationsRun: false });
