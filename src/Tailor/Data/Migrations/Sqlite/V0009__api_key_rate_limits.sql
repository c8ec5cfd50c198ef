-- A request budget per key: requests per second; NULL takes the server's default, 0 means unlimited.
ALTER TABLE api_keys ADD COLUMN rate_limit INTEGER CHECK (rate_limit IS NULL OR rate_limit >= 0);
