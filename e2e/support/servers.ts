/** The two servers Playwright starts: one on PostgreSQL, one on an embedded folder. */
export const POSTGRES_PORT = 3100;
export const PGLITE_PORT = 3101;

export const E2E_ADMIN = {
  email: "admin@e2e.test",
  password: "e2e admin password",
  token: "tdl_e2e_bootstrap_admin_token_0123456789abcdef",
  sessionSecret: "e2e-session-secret-not-for-production-use",
};

export const baseUrl = (port: number) => `http://127.0.0.1:${port}`;
