/** What a channel's sealed envelope holds (JSON), by kind: webhook {url, secret}, Slack {url}, e-mail {password?}. */
export interface ChannelSecretsBox {
  url?: string;
  secret?: string;
  password?: string;
}

/** Binds a channel's envelope to that channel: one channel's secrets cannot be pasted onto another. */
export const channelAad = (channelId: string): string => `notification-channel:${channelId}`;
