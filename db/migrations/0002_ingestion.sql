CREATE TABLE "model" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"labels" text[] NOT NULL,
	"features" jsonb NOT NULL,
	"flagging" jsonb NOT NULL,
	"labels_per_item" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_version" (
	"model_key" text NOT NULL,
	"version" text NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	CONSTRAINT "model_version_model_key_version_pk" PRIMARY KEY("model_key","version")
);
--> statement-breakpoint
CREATE TABLE "model_version_tally" (
	"model_key" text NOT NULL,
	"version" text NOT NULL,
	"shard" smallint NOT NULL,
	"predictions" bigint NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "model_version_tally_model_key_version_shard_pk" PRIMARY KEY("model_key","version","shard")
);
--> statement-breakpoint
CREATE TABLE "reference_row" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reference_row_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"model_key" text NOT NULL,
	"features" jsonb NOT NULL,
	"label" text
);
--> statement-breakpoint
CREATE TABLE "outcome" (
	"model_key" text NOT NULL,
	"prediction_external_id" text NOT NULL,
	"label" text NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prediction" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "prediction_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"model_key" text NOT NULL,
	"external_id" text NOT NULL,
	"model_version" text NOT NULL,
	"region" text NOT NULL,
	"client" text NOT NULL,
	"ts" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"features" jsonb NOT NULL,
	"text" text,
	"output_label" text NOT NULL,
	"probabilities" jsonb NOT NULL,
	"latency_ms" double precision,
	"error" text,
	"explanation" jsonb,
	"subject_id" text,
	"uncertainty" double precision NOT NULL,
	"review_reason" text,
	"review_probability" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_bucket" (
	"key" text PRIMARY KEY NOT NULL,
	"tokens" double precision NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_item" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "review_item_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"prediction_id" bigint NOT NULL,
	"model_key" text NOT NULL,
	"region" text NOT NULL,
	"reason" text NOT NULL,
	"priority" double precision NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_item_prediction_id_unique" UNIQUE("prediction_id")
);
--> statement-breakpoint
ALTER TABLE "api_token" ADD COLUMN "rate_per_second" double precision;--> statement-breakpoint
ALTER TABLE "model_version" ADD CONSTRAINT "model_version_model_key_model_key_fk" FOREIGN KEY ("model_key") REFERENCES "public"."model"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_row" ADD CONSTRAINT "reference_row_model_key_model_key_fk" FOREIGN KEY ("model_key") REFERENCES "public"."model"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prediction" ADD CONSTRAINT "prediction_model_key_model_key_fk" FOREIGN KEY ("model_key") REFERENCES "public"."model"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_item" ADD CONSTRAINT "review_item_prediction_id_prediction_id_fk" FOREIGN KEY ("prediction_id") REFERENCES "public"."prediction"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reference_row_model_idx" ON "reference_row" USING btree ("model_key");--> statement-breakpoint
CREATE UNIQUE INDEX "outcome_prediction_idx" ON "outcome" USING btree ("model_key","prediction_external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "prediction_model_external_idx" ON "prediction" USING btree ("model_key","external_id");--> statement-breakpoint
CREATE INDEX "prediction_model_ts_idx" ON "prediction" USING btree ("model_key","ts");--> statement-breakpoint
CREATE INDEX "prediction_subject_idx" ON "prediction" USING btree ("subject_id") WHERE "prediction"."subject_id" is not null;--> statement-breakpoint
CREATE INDEX "review_item_queue_idx" ON "review_item" USING btree ("model_key","status","priority");