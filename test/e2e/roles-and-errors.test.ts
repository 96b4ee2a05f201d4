/**
 * In Chromium: API validation problems appear beside the field they name (including `contacts.0.email`), an owner
 * invites a viewer who joins through the invitation link, and the viewer gets no control that writes.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clockedContext, startTestServer, type TestServer } from "../support/server.ts";
import {
  buildWebIfStale,
  chromiumMissing,
  keepFailureScreenshots,
  launchChromium,
  screenshot,
  unlabelledControls,
} from "./browser.ts";

describe.skipIf(chromiumMissing)("field errors and the viewer role in Chromium", () => {
  let server: TestServer | undefined;
  let baseUrl: string;
  let browser: Browser;
  let owner: Page;
  keepFailureScreenshots(() => owner);

  beforeAll(async () => {
    buildWebIfStale();
    if (process.env.MANDAT_E2E_URL) {
      baseUrl = process.env.MANDAT_E2E_URL.replace(/\/$/, "");
    } else {
      const started = await startTestServer();
      server = started;
      baseUrl = started.url;
    }
    browser = await launchChromium();
    owner = await (
      await clockedContext(browser, server, { locale: "fr-CA", viewport: { width: 1280, height: 900 } })
    ).newPage();
    owner.setDefaultTimeout(15_000);
    await owner.goto(`${baseUrl}/signup`);
    await owner.getByRole("textbox", { name: "Nom", exact: true }).fill("Camille Gagnon");
    await owner.getByRole("textbox", { name: "Courriel" }).fill("camille@studio.test");
    await owner.getByRole("textbox", { name: "Mot de passe" }).fill("un-mot-de-passe-long");
    await owner.getByRole("textbox", { name: "Nom du collectif" }).fill("Studio Limoilou");
    await owner.getByRole("button", { name: "Créer le compte" }).click();
    await owner.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows each refused field beside its input, in French", async () => {
    await owner.goto(`${baseUrl}/clients/new`);
    await owner.getByRole("button", { name: "Ajouter une personne-ressource" }).click();
    const contact = owner.getByRole("group", { name: "Personne-ressource 1" });
    await contact.getByRole("textbox", { name: "Nom", exact: true }).fill("Julie");
    await contact.getByRole("textbox", { name: "Courriel" }).fill("pas-un-courriel");
    await owner.getByRole("button", { name: "Créer le client" }).click();

    const name = owner.getByRole("textbox", { name: "Nom", exact: true }).first();
    await expect.poll(() => name.getAttribute("aria-invalid")).toBe("true");
    const email = contact.getByRole("textbox", { name: "Courriel" });
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    // The message is tied to the input (aria-describedby), so a screen reader reads it with the field.
    const describedBy = (await email.getAttribute("aria-describedby")) ?? "";
    const described = await owner.evaluate(
      (ids) => ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? ""),
      describedBy,
    );
    expect(described.join(" ")).toContain("Format invalide.");
    expect(await owner.getByText("Ce champ est obligatoire.").count()).toBe(1);
    await screenshot(owner, "10-field-errors");
  });

  it("refuses a wrong password with a message, not a field error", async () => {
    const visitor = await (await clockedContext(browser, server, { locale: "fr-CA" })).newPage();
    visitor.setDefaultTimeout(15_000);
    await visitor.goto(`${baseUrl}/login`);
    await visitor.getByRole("textbox", { name: "Courriel" }).fill("camille@studio.test");
    await visitor.getByRole("textbox", { name: "Mot de passe" }).fill("pas-le-bon-mot-de-passe");
    await visitor.keyboard.press("Enter");
    await visitor.getByRole("alert").filter({ hasText: "Courriel ou mot de passe incorrect." }).waitFor();
    expect(visitor.url()).toMatch(/\/login$/);
    await visitor.context().close();
  });

  it("invites a viewer who joins and can change nothing", async () => {
    await owner.goto(`${baseUrl}/members`);
    const invite = owner.getByRole("group", { name: "Inviter une personne" });
    await invite.getByRole("textbox", { name: "Courriel" }).fill("sophie@studio.test");
    await invite.getByRole("textbox", { name: "Nom", exact: true }).fill("Sophie Côté");
    await invite.getByLabel("Rôle").selectOption("viewer");
    await owner.getByRole("button", { name: "Créer l'invitation" }).click();
    const link = (await owner.locator("pre").first().textContent())?.trim() ?? "";
    expect(link).toMatch(/\/invite\/[\w-]+$/);

    const viewer = await (
      await clockedContext(browser, server, { locale: "fr-CA", viewport: { width: 1280, height: 900 } })
    ).newPage();
    viewer.setDefaultTimeout(15_000);
    await viewer.goto(`${baseUrl}${new URL(link).pathname}`);
    await viewer.getByText("Studio Limoilou vous invite").waitFor();
    expect(await unlabelledControls(viewer)).toEqual([]);
    await viewer.getByRole("textbox", { name: "Mot de passe" }).fill("lecture-seulement-2026");
    await viewer.getByRole("button", { name: "Accepter et entrer" }).click();
    await viewer.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
    expect(await viewer.getByRole("link", { name: "Nouveau client" }).count()).toBe(0);

    await viewer.goto(`${baseUrl}/clients/new`);
    await viewer.getByRole("heading", { level: 1, name: "Clients" }).waitFor();
    expect(await viewer.getByRole("button", { name: "Créer le client" }).count()).toBe(0);

    await viewer.goto(`${baseUrl}/settings`);
    await viewer.getByRole("textbox", { name: "Nom du collectif" }).waitFor();
    // The workspace's settings are read-only to a viewer; their own account (password, sign-in) stays theirs to change.
    const account = viewer.getByRole("region", { name: "Votre compte et sa sécurité" });
    await account.waitFor();
    const writable = await viewer
      .locator("main")
      .locator("input, select, textarea")
      .evaluateAll((els) =>
        els
          .filter((el) => !el.matches(":disabled") && !el.closest('section[aria-labelledby="account-title"]'))
          .map((el) => el.outerHTML),
      );
    expect(writable, "enabled controls on the viewer's settings page").toEqual([]);
    expect(await account.getByLabel("Mot de passe actuel").isEnabled()).toBe(true);
    expect(await viewer.getByRole("button", { name: "Enregistrer" }).count()).toBe(0);

    await viewer.goto(`${baseUrl}/members`);
    await viewer.getByRole("cell", { name: "Sophie Côté" }).waitFor();
    expect(await viewer.getByRole("button", { name: /Modifier|Désactiver|Créer l'invitation/ }).count()).toBe(0);
    await screenshot(viewer, "11-viewer-members");
  });
});
