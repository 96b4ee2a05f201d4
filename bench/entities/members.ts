/**
 * Members besides the owner: users with a login (one password hash shared by all, argon2 being slow on purpose),
 * a few invited (no user yet) and disabled; roles mostly `member`, some `viewer` and a second `owner`.
 */
import { hashPassword } from "../../src/app/workspace/passwords.ts";
import { foldForSearch } from "../../src/domain/search-text.ts";
import { insertMember, insertUser, type MemberStatus } from "../../src/store/people-store.ts";
import { FIRST_NAMES, LAST_NAMES } from "../support/pools.ts";
import { type EntityGenerator, idsOf, instantInHistory } from "./registry.ts";

let sharedHash: Promise<string> | undefined;

export const membersGenerator: EntityGenerator = {
  kind: "members",
  async generate(g, ws, count) {
    const { ctx, rng } = g;
    sharedHash ??= hashPassword("bench password, long enough");
    const passwordHash = await sharedHash;
    const ids = idsOf(ws, "members");
    ids.push(ws.ownerMemberId);
    let written = 0;
    await ctx.db.transaction().execute(async (trx) => {
      for (let i = 1; i < count; i++) {
        const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
        const email = `${foldForSearch(name).replace(/[^a-z]+/g, ".")}.${i}@${ws.id.slice(-8)}.bench.test`;
        const status: MemberStatus = rng.weighted({ active: 85, invited: 8, disabled: 7 });
        const createdAt = instantInHistory(g);
        let userId: string | null = null;
        if (status !== "invited") {
          userId = ctx.newId();
          await insertUser(trx, { id: userId, email, name, locale: "fr-CA", passwordHash, createdAt });
          written += 1;
        }
        const id = ctx.newId();
        await insertMember(trx, {
          id,
          workspaceId: ws.id,
          userId,
          name,
          email,
          role: i <= 2 ? "owner" : rng.weighted({ member: 78, viewer: 22 }),
          status,
          weeklyCapacityHours: rng.pick([20, 28, 35, 40]),
          costRate: rng.int(35, 70) * 100,
          billableRate: rng.int(85, 160) * 100,
          createdAt,
        });
        written += 1;
        if (userId) ids.push(id); // could have authored something: invited members never logged in
      }
    });
    return written;
  },
};
