/** Bank connections (partner aggregation APIs): create, authorize, map accounts, list, remove. */
export { createConnection, REQUIRED_SECRETS, type CreateConnectionInput } from "./create";
export { startAuthorization, completeAuthorization, listInstitutions, type StartInput, type StartResult } from "./authorize";
export { listConnections, getConnection } from "./list";
export { removeConnection, setConnectionEnabled, type RemoveResult } from "./remove";
export { listProviderAccounts, listMappableAccounts, mapAccounts, autoMapConnection, type ProviderAccountChoice } from "./accounts";
export { householdOfConnection, listAllConnectionIds } from "./operator";
export { callbackUrl, paramsOfCallbackUrl, CALLBACK_PATH } from "./redirect-url";
export type { AccountMapping, MappingTarget } from "./mapping-plan";
export type { ConnectionView, ConnectionStatus, ConnectedAccountView } from "./types";
