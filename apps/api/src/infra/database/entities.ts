/** Every TypeORM entity of the app, in one list for the data source and the schema-drift test. */
export const ENTITIES: Function[] = [];
