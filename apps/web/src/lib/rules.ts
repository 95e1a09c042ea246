/**
 * libs/domain's KEEPALIVED_NAME, restated so forms can check before the round trip without
 * bundling zod (libs/domain builds its schemas at import time). The API checks again.
 */
export const NAME_RULE = /^[A-Za-z0-9_][A-Za-z0-9_.:@-]{0,63}$/;
export const NAME_RULE_MESSAGE = 'must be 1-64 characters of letters, digits, _ . : @ - (keepalived cannot quote others)';
