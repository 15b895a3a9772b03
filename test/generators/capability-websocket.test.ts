import { beforeAll, describe, expect, it } from "vitest";
import type { AggregatePlan } from "../../src/aggregate/plan-aggregates.js";
import { auth } from "../../src/capabilities/auth.js";
import { cache } from "../../src/capabilities/cache.js";
import type { CapabilityDefinition } from "../../src/capabilities/types.js";
import { websocket } from "../../src/capabilities/websocket.js";
import { applied, expectPrettierClean, planCapabilityOn, renderedService } from "../support/capability-plans.js";

const plan = (files: ReadonlyMap<string, string>, capability: CapabilityDefinition = websocket) =>
  planCapabilityOn(files, capability);

const EDITED = [
  "src/config.ts",
  ".env.example",
  "src/bootstrap.ts",
  "src/main.ts",
  "src/interfaces/http/app.ts",
  "package.json",
  "docs/STACK.md",
  ".yo-rc.json",
];

describe.each(["sqlite", "postgres"] as const)(
  "planCapability(websocket) on a %s service",
  (db) => {
    let service: Map<string, string>;
    let first: AggregatePlan;
    let after: Map<string, string>;

    beforeAll(async () => {
      service = await renderedService(db);
      first = await plan(service);
      after = applied(service, first);
    });

    it("creates its files, the e2e test over the first aggregate among them, and edits the files that wire it in", () => {
      expect([...first.created.keys()]).toEqual(
        expect.arrayContaining([
          "src/application/live-events/event-hub.ts",
          "src/interfaces/http/live-events/event-socket.ts",
          "src/interfaces/http/plugins/websocket.ts",
          "src/interfaces/http/routes/event-stream.routes.ts",
          "test/support/event-stream-client.ts",
          "test/e2e/live-events/event-stream.api.test.ts",
          "test/e2e/live-events/event-stream-auth.api.test.ts",
          "test/unit/live-events/protocol.test.ts",
        ]),
      );
      for (const path of first.created.keys())
        expect(service.has(path), path).toBe(false);
      expect(first.edited.map((change) => change.path).sort()).toEqual(
        [...EDITED].sort(),
      );
      expect(first.conflicts).toEqual([]);
      const e2e =
        first.created.get("test/e2e/live-events/event-stream.api.test.ts") ??
        "";
      expect(e2e).toContain(
        "import { PromptMother } from '../../support/mothers/prompt.mother.js';",
      );
      expect(e2e).toContain("url: '/api/v1/prompts',");
      expect(e2e).toContain(
        "event: { type: 'PromptCreated', aggregateId: id },",
      );
    });

    it("feeds the hub from the outbox relay and hands it to the HTTP app through Services", () => {
      const bootstrap = after.get("src/bootstrap.ts") ?? "";
      expect(bootstrap).toMatch(
        /\n {2}const eventHub = new EventHub\(logger\);\n {2}const relay = /,
      );
      expect(bootstrap).toContain(
        "relay.observe((event) => eventHub.publish(event));",
      );
      expect(bootstrap).toContain("readonly eventHub: EventHub;");
      expect(bootstrap).toContain("websocket: options.websocket ?? {},");
      expect(bootstrap).toContain(
        "import { EventHub } from './application/live-events/event-hub.js';",
      );
      expect(after.get("src/main.ts")).toContain("websocket: config,");
      expect(after.get("src/interfaces/http/app.ts")).toMatch(
        /\n {2}await registerOpenApi\(app\);\n {2}await useWebSockets\(app, services\.websocket\);\n {2}await app\.register\(eventStreamRoutes, \{\n {4}prefix: '\/api\/v1\/events',/,
      );
      const config = after.get("src/config.ts") ?? "";
      expect(config).toContain(
        "websocketHeartbeatSeconds: integer(env, 'WEBSOCKET_HEARTBEAT_SECONDS', 30, 1, 3600),",
      );
      expect(after.get(".env.example")).toMatch(
        /\nWEBSOCKET_HEARTBEAT_SECONDS=30\n[^]*\nWEBSOCKET_MAX_BUFFERED_BYTES=1048576\n$/,
      );
      const pkg = JSON.parse(after.get("package.json") ?? "{}") as Record<
        string,
        Record<string, string>
      >;
      expect(pkg.dependencies?.["@fastify/websocket"]).toBeDefined();
      expect(Object.keys(pkg.devDependencies ?? {})).toEqual(
        expect.arrayContaining(["ws", "@types/ws"]),
      );
      expect(after.get("docs/STACK.md")).toContain("| websocket  | WebSocket");
    });

    it("leaves every edited and created file as prettier would write it", async () => {
      await expectPrettierClean(first);
    });

    it("changes nothing the second time, and says the capability is there", async () => {
      const again = await plan(after);
      expect(
        again.created.size + again.edited.length + again.conflicts.length,
      ).toBe(0);
      expect(again.unchanged).toEqual(["websocket"]);
    });

    it("renders no aggregate e2e test for a service without aggregates", async () => {
      const bare = await plan(await renderedService(db, []));
      expect(
        bare.created.has("test/e2e/live-events/event-stream.api.test.ts"),
      ).toBe(false);
      expect(
        bare.created.has(
          "test/e2e/live-events/event-stream-flow-control.api.test.ts",
        ),
      ).toBe(true);
    });
  },
);

describe.each(["sqlite", "postgres"] as const)(
  "websocket with auth and cache on a %s service, in either order",
  (db) => {
    const results = new Map<string, Map<string, string>>();

    async function added(
      capabilities: readonly CapabilityDefinition[],
    ): Promise<Map<string, string>> {
      let files = await renderedService(db);
      for (const capability of capabilities) {
        const changes = await plan(files, capability);
        expect(changes.conflicts, capability.name).toEqual([]);
        await expectPrettierClean(changes);
        files = applied(files, changes);
      }
      return files;
    }

    beforeAll(async () => {
      results.set(
        "websocket, auth, cache",
        await added([websocket, auth, cache]),
      );
      results.set(
        "auth, cache, websocket",
        await added([auth, cache, websocket]),
      );
    });

    it("registers the event stream after auth’s hooks either way, so auth guards its upgrade", () => {
      for (const files of results.values()) {
        const app = files.get("src/interfaces/http/app.ts") ?? "";
        expect(app.indexOf("useAuth(app")).toBeGreaterThan(-1);
        expect(app.indexOf("useAuth(app")).toBeLessThan(
          app.indexOf("await app.register(eventStreamRoutes"),
        );
      }
      const [one, other] = [...results.values()] as [
        Map<string, string>,
        Map<string, string>,
      ];
      // imports are appended in the order of adding; the statements run in the same order
      const body = (files: Map<string, string>) =>
        files
          .get("src/interfaces/http/app.ts")
          ?.split("export async function buildApp")[1];
      expect(body(other)).toBe(body(one));
    });

    it("changes nothing when any is added again", async () => {
      for (const files of results.values()) {
        for (const capability of [websocket, auth, cache]) {
          const again = await plan(files, capability);
          expect(
            again.created.size + again.edited.length + again.conflicts.length,
            capability.name,
          ).toBe(0);
        }
      }
    });
  },
);
