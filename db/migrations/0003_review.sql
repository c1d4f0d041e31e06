CREATE TABLE "review_label" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "review_label_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"item_id" bigint NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"lease_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "review_lease" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" bigint NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"state" text DEFAULT 'live' NOT NULL,
	"exclusive" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "review_item_queue_idx";--> statement-breakpoint
ALTER TABLE "model" ADD COLUMN "balance_classes" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "model_version_tally" ADD COLUMN "first_seen_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "review_item" ADD COLUMN "rank" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "review_item" ADD COLUMN "predicted_label" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "review_item" ADD COLUMN "labels_needed" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "review_item" ADD COLUMN "label_count" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "review_item" ADD COLUMN "active_leases" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "review_item" ADD COLUMN "final_label" text;--> statement-breakpoint
ALTER TABLE "review_item" ADD COLUMN "final_source" text;--> statement-breakpoint
ALTER TABLE "review_item" ADD COLUMN "disagreement" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "review_item" ADD COLUMN "done_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "review_label" ADD CONSTRAINT "review_label_item_id_review_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."review_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_label" ADD CONSTRAINT "review_label_reviewer_id_app_user_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_label" ADD CONSTRAINT "review_label_lease_id_review_lease_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."review_lease"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_lease" ADD CONSTRAINT "review_lease_item_id_review_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."review_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_lease" ADD CONSTRAINT "review_lease_reviewer_id_app_user_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_label_item_idx" ON "review_label" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "review_label_reviewer_idx" ON "review_label" USING btree ("reviewer_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "review_label_once_idx" ON "review_label" USING btree ("item_id","reviewer_id") WHERE "review_label"."undone_at" is null;--> statement-breakpoint
CREATE INDEX "review_lease_item_reviewer_idx" ON "review_lease" USING btree ("item_id","reviewer_id");--> statement-breakpoint
CREATE INDEX "review_lease_expiry_idx" ON "review_lease" USING btree ("expires_at") WHERE "review_lease"."state" = 'live';--> statement-breakpoint
CREATE INDEX "review_lease_exclusion_idx" ON "review_lease" USING btree ("reviewer_id","item_id") WHERE "review_lease"."state" = 'skipped' or (not "review_lease"."exclusive" and "review_lease"."state" in ('live', 'completed'));--> statement-breakpoint
CREATE UNIQUE INDEX "review_lease_exclusive_idx" ON "review_lease" USING btree ("item_id") WHERE "review_lease"."state" = 'live' and "review_lease"."exclusive";--> statement-breakpoint
CREATE UNIQUE INDEX "review_lease_reviewer_live_idx" ON "review_lease" USING btree ("item_id","reviewer_id") WHERE "review_lease"."state" = 'live';--> statement-breakpoint
CREATE INDEX "review_item_claim_idx" ON "review_item" USING btree ("model_key","rank" DESC NULLS LAST) WHERE "review_item"."status" = 'open';--> statement-breakpoint
CREATE INDEX "review_item_class_claim_idx" ON "review_item" USING btree ("model_key","predicted_label","rank" DESC NULLS LAST) WHERE "review_item"."status" = 'open';--> statement-breakpoint
CREATE INDEX "review_item_status_idx" ON "review_item" USING btree ("model_key","status","region");--> statement-breakpoint
CREATE INDEX "review_item_disagreement_idx" ON "review_item" USING btree ("model_key","created_at") WHERE "review_item"."status" = 'disputed' or "review_item"."disagreement";