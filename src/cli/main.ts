#!/usr/bin/env node
/**
 * The `mandat` command: serve, migrate, demo, backup, restore. Calls use-cases in-process on the configured
 * database (DATABASE_URL for PostgreSQL, else the embedded file under DATA_DIR).
 */
import { Command } from "commander";
import { type Config, loadConfig } from "../config.ts";
import { openApp, startServer } from "../http/server.ts";
import { isEmptyInstall } from "../store/instance-store.ts";
import { migrateToLatest } from "../store/migrations.ts";
import { openDatabase } from "../store/open-database.ts";

// What only the other commands use (the database copy, backups, progress bars, the demo, the operator's resets) is
// imported by the command that needs it: `serve` starts without loading it.

function describeDatabase(config: Config): string {
  return config.databaseUrl ? "PostgreSQL" : `SQLite ${config.sqlitePath}`;
}

async function runDemo(config: Config): Promise<void> {
  const [{ DEMO_OWNER_EMAIL, DEMO_PASSWORD }, { loadDemo }] = await Promise.all([
    import("../app/demo/founding-story.ts"),
    import("../app/demo/load-demo.ts"),
  ]);
  const { ctx, store } = await openApp(config);
  try {
    await loadDemo(ctx, {
      ip: null,
      userAgent: "mandat demo",
      requireEmpty: false,
      onProgress: (step, done, total) => console.error(`  demo: ${step} (${done}/${total})`),
    });
    console.log(`Demo workspace loaded. Sign in as ${DEMO_OWNER_EMAIL} / ${DEMO_PASSWORD}`);
  } finally {
    await store.close();
  }
}

export function buildCli(): Command {
  const program = new Command("mandat").description("Mandat: scope guard, invoices and cordial exits for web studios");

  program
    .command("serve")
    .description("start the web app and API")
    .option("--demo", "load the demo workspace first when the install is empty")
    .action(async (opts: { demo?: boolean }) => {
      const config = loadConfig();
      if (opts.demo) {
        const { ctx, store } = await openApp(config);
        const empty = await isEmptyInstall(ctx.db);
        await store.close();
        if (empty) await runDemo(config);
      }
      const server = await startServer(config);
      console.log(`Mandat is running on ${server.url} (${describeDatabase(config)})`);
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });

  program
    .command("reset-password")
    .argument("<email>", "the account's e-mail")
    .description("give an account a new random password (shown once) and end all its sessions")
    .action(async (email: string) => {
      const { resetPasswordByOperator } = await import("../app/workspace/change-password.ts");
      const { ctx, store } = await openApp(loadConfig());
      try {
        const { password } = await resetPasswordByOperator(ctx, email);
        console.log(`New password for ${email}: ${password}`);
        console.log("Every session of this account was ended; change the password after signing in.");
      } catch (err) {
        console.error(`reset-password: ${(err as Error).message}`);
        process.exitCode = 1;
      } finally {
        await store.close();
      }
    });

  program
    .command("reset-two-factor")
    .argument("<email>", "the account's e-mail")
    .description(
      "remove an account's two-step sign-in (for a person who lost their phone and recovery codes and whom no owner " +
        "can reset), end all its sessions and revoke its API tokens; the password stays",
    )
    .action(async (email: string) => {
      const { resetTwoFactorByOperator } = await import("../app/workspace/two-factor-policy.ts");
      const { ctx, store } = await openApp(loadConfig());
      try {
        const ended = await resetTwoFactorByOperator(ctx, email);
        console.log(
          `Two-step sign-in of ${email} removed: ${ended.sessionsEnded} session(s) ended, ` +
            `${ended.apiTokensRevoked} API token(s) revoked in ${ended.workspaces} workspace(s).`,
        );
        console.log("Where a workspace requires it, the next sign-in leads through setting it up again.");
      } catch (err) {
        console.error(`reset-two-factor: ${(err as Error).message}`);
        process.exitCode = 1;
      } finally {
        await store.close();
      }
    });

  const dbCommand = program.command("db").description("the database itself");
  dbCommand
    .command("copy")
    .description(
      "copy this database (the embedded SQLite, or DATABASE_URL) into an empty one of the other engine, every table, checked by row counts",
    )
    .requiredOption("--to <target>", "postgres://… URL, or the path of a new SQLite file")
    .action(async (opts: { to: string }) => {
      const [{ CopyRefused, copyDatabase }, { progressBar }] = await Promise.all([
        import("../store/database-copy.ts"),
        import("./progress-bar.ts"),
      ]);
      const config = loadConfig();
      const toPostgres = /^postgres(ql)?:\/\//.test(opts.to);
      const source = openDatabase({ sqlitePath: config.sqlitePath, databaseUrl: config.databaseUrl });
      const target = openDatabase(toPostgres ? { sqlitePath: "", databaseUrl: opts.to } : { sqlitePath: opts.to });
      const bar = progressBar("copy", "rows");
      try {
        const tables = await copyDatabase(source, target, bar.update);
        bar.stop();
        const rows = tables.reduce((n, t) => n + t.rows, 0);
        console.log(
          `Copied ${rows} rows in ${tables.length} tables (${source.engine} → ${target.engine}); row counts match.`,
        );
        if (toPostgres) console.log("Set DATABASE_URL to this database and restart Mandat to use it.");
      } catch (err) {
        console.error(`db copy: ${(err as Error).message}`);
        process.exitCode = err instanceof CopyRefused ? 2 : 1;
      } finally {
        await source.close();
        await target.close();
      }
    });

  program
    .command("migrate")
    .description("bring the database schema up to date")
    .action(async () => {
      const config = loadConfig();
      const store = openDatabase({ sqlitePath: config.sqlitePath, databaseUrl: config.databaseUrl });
      try {
        const applied = await migrateToLatest(store.db);
        console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Already up to date.");
      } finally {
        await store.close();
      }
    });

  program
    .command("demo")
    .description("load the demo workspace built from the founding story")
    .action(async () => runDemo(loadConfig()));

  program
    .command("backup <file>")
    .description("write a consistent copy of the embedded database (safe while the server runs)")
    .action(async (file: string) => {
      const [{ backupDatabase }, { progressBar }] = await Promise.all([
        import("./backup.ts"),
        import("./progress-bar.ts"),
      ]);
      const config = loadConfig();
      const bar = progressBar("backup");
      const { bytes } = await backupDatabase(config, file, bar.update);
      bar.stop();
      console.log(`Backup written to ${file} (${(bytes / 1024).toFixed(0)} KiB)`);
    });

  program
    .command("restore <file>")
    .description("replace the embedded database with a backup")
    .option("--yes", "confirm replacing the current data")
    .action(async (file: string, opts: { yes?: boolean }) => {
      const config = loadConfig();
      if (!opts.yes) {
        console.error(
          `This replaces every record in ${config.sqlitePath} with ${file}. Run again with --yes to confirm.`,
        );
        process.exitCode = 2;
        return;
      }
      const [{ restoreDatabase }, { progressBar }] = await Promise.all([
        import("./backup.ts"),
        import("./progress-bar.ts"),
      ]);
      const bar = progressBar("restore");
      await restoreDatabase(config, file, bar.update);
      bar.stop();
      const store = openDatabase({ sqlitePath: config.sqlitePath });
      await migrateToLatest(store.db);
      await store.close();
      console.log(`Restored ${file} into ${config.sqlitePath}`);
    });

  return program;
}

buildCli()
  .parseAsync(process.argv)
  .catch((err: unknown) => {
    console.error(`mandat: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
