import { z } from "zod";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter your email address").max(254, "Enter your email address")),
  password: z.string().min(1, "Enter your password").max(1024, "Enter your password"),
});
