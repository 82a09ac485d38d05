export function deployMigrations(provider: "sqlite" | "postgresql", url: string): Promise<string[]>;
export function createMigration(provider: "sqlite" | "postgresql", name: string, url: string): Promise<string | null>;
export function diffDatabase(provider: "sqlite" | "postgresql", url: string): Promise<{ stdout?: string; exitCode: number }>;
export function schemaPathFor(provider: "sqlite" | "postgresql"): string;
