import { z } from "zod";

import { ROLES } from "@/db/schema";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

import { key, timestamp } from "./common";
import { endpoint } from "./endpoint";

const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200);

export const role = z.enum(ROLES);

export const userView = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role,
    regions: z.array(z.string()),
    disabled: z.boolean(),
    createdAt: timestamp,
  })
  .meta({ id: "User" });

export const createUserBody = z.strictObject({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(120),
  role,
  regions: z.array(key).max(100).default([]),
  password: password.optional(),
});

export const updateUserBody = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  role: role.optional(),
  regions: z.array(key).max(100).optional(),
  disabled: z.boolean().optional(),
  password: password.optional(),
});

export const createdUser = z.object({
  user: userView,
  password: z.string().optional().describe("Set when the server generated the password"),
});

export type CreateUserInput = z.infer<typeof createUserBody>;
export type UpdateUserInput = z.infer<typeof updateUserBody>;
export type UserView = z.infer<typeof userView>;

const userIdParams = z.object({ userId: z.uuid() });

export const userEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/v1/users",
    summary: "List users",
    tag: "Users",
    scope: "admin",
    response: z.object({ users: z.array(userView) }),
  }),
  create: endpoint({
    method: "POST",
    path: "/api/v1/users",
    summary: "Create a user; without a password, one is generated and returned once",
    tag: "Users",
    scope: "admin",
    body: createUserBody,
    response: createdUser,
    status: 201,
  }),
  update: endpoint({
    method: "PATCH",
    path: "/api/v1/users/{userId}",
    summary: "Change a user's name, role, regions, password, or disable them",
    tag: "Users",
    scope: "admin",
    params: userIdParams,
    body: updateUserBody,
    response: z.object({ user: userView }),
  }),
};
