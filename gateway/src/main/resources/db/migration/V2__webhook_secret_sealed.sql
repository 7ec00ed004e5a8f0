-- A webhook's signing secret is stored sealed (AES-GCM under the gateway's WEBHOOK_SECRET_KEY, see
-- WebhookSecrets), which is longer than the secret itself.
alter table webhook_subscription alter column secret type varchar(400);
