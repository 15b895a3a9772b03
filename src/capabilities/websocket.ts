/**
 * `add websocket`: live domain events over a WebSocket (@fastify/websocket) at /api/v1/events/ws.
 * The outbox relay shows every committed event to an in-process hub that fans it out to the
 * subscribed sockets; slow readers are closed, dead sockets dropped by a heartbeat. Under /api/,
 * so the auth capability, added before or after, guards the upgrade with the reader role.
 */
import type { CapabilityDefinition } from "./types.js";

const BOOTSTRAP = "src/bootstrap.ts";
const APP = "src/interfaces/http/app.ts";
const HUB = "./application/live-events/event-hub.js";
const SETTINGS = "./interfaces/http/plugins/websocket.js";

export const websocket: CapabilityDefinition = {
  name: "websocket",
  summary:
    "live domain events over a WebSocket (/api/v1/events/ws): subscribe by aggregate type, id or event type",
  templates: ["websocket"],
  dependencies: ["@fastify/websocket"],
  devDependencies: ["ws", "@types/ws"],
  settings: [
    {
      name: "WEBSOCKET_HEARTBEAT_SECONDS",
      value: "30",
      comment:
        "how often WebSocket clients are pinged; one that missed the last pong is dropped (seconds)",
      key: "websocketHeartbeatSeconds",
      type: "number",
      read: "integer(env, 'WEBSOCKET_HEARTBEAT_SECONDS', 30, 1, 3600)",
    },
    {
      name: "WEBSOCKET_MAX_BUFFERED_BYTES",
      value: "1048576",
      comment:
        "bytes waiting to be sent to one WebSocket client beyond which it is closed as too slow (1013)",
      key: "websocketMaxBufferedBytes",
      type: "number",
      read: "integer(env, 'WEBSOCKET_MAX_BUFFERED_BYTES', 1_048_576, 1024, 1e9)",
    },
  ],
  wiring: [
    // the composition root: the hub, fed by the outbox relay, and the settings out to the HTTP app
    {
      kind: "type-member",
      file: BOOTSTRAP,
      type: "BootstrapOptions",
      name: "websocket",
      memberType: "WebSocketSettings",
      optional: true,
      imports: [
        { from: SETTINGS, names: ["WebSocketSettings"], typeOnly: true },
      ],
    },
    {
      kind: "type-member",
      file: BOOTSTRAP,
      type: "Services",
      name: "eventHub",
      memberType: "EventHub",
      readonly: true,
      imports: [{ from: HUB, names: ["EventHub"] }],
    },
    {
      kind: "type-member",
      file: BOOTSTRAP,
      type: "Services",
      name: "websocket",
      memberType: "WebSocketSettings",
      readonly: true,
      imports: [
        { from: SETTINGS, names: ["WebSocketSettings"], typeOnly: true },
      ],
    },
    {
      kind: "statement",
      file: BOOTSTRAP,
      function: "bootstrap",
      statement: "const eventHub = new EventHub(logger);",
      present: { declares: "eventHub" },
      place: { before: "relay" },
      imports: [{ from: HUB, names: ["EventHub"] }],
    },
    {
      kind: "statement",
      file: BOOTSTRAP,
      function: "bootstrap",
      statement: "relay.observe((event) => eventHub.publish(event));",
      present: { mentions: "eventHub.publish" },
      place: { after: "relay" },
    },
    {
      kind: "returned-property",
      file: BOOTSTRAP,
      function: "bootstrap",
      name: "eventHub",
      initializer: "eventHub",
    },
    {
      kind: "returned-property",
      file: BOOTSTRAP,
      function: "bootstrap",
      name: "websocket",
      initializer: "options.websocket ?? {}",
    },
    // the entry point: configuration into the composition root
    {
      kind: "call-argument-property",
      file: "src/main.ts",
      callee: "bootstrap",
      name: "websocket",
      initializer: "config",
    },
    // the HTTP app: after registerOpenApi, so after the auth capability's hooks in either order of adding
    {
      kind: "statement",
      file: APP,
      function: "buildApp",
      statement: "await useWebSockets(app, services.websocket);",
      present: { mentions: "useWebSockets(" },
      place: { afterCall: "registerOpenApi" },
      imports: [{ from: "./plugins/websocket.js", names: ["useWebSockets"] }],
    },
    {
      kind: "statement",
      file: APP,
      function: "buildApp",
      statement: [
        "await app.register(eventStreamRoutes, {",
        "  prefix: '/api/v1/events',",
        "  hub: services.eventHub,",
        "  settings: services.websocket,",
        "});",
      ].join("\n"),
      present: { mentions: "eventStreamRoutes" },
      place: { afterCall: "useWebSockets" },
      imports: [
        {
          from: "./routes/event-stream.routes.js",
          names: ["eventStreamRoutes"],
        },
      ],
    },
  ],
  stack: [
    {
      spec: "WebSocket",
      choice:
        "@fastify/websocket at `/api/v1/events/ws`: JSON subscribe/unsubscribe by aggregate type, id or event type; fed by the outbox relay through an in-process hub; slow readers closed (1013), heartbeat pings, 1001 on shutdown; guarded by auth (reader) when added",
      files: [
        "src/application/live-events/",
        "src/interfaces/http/live-events/",
        "src/interfaces/http/plugins/websocket.ts",
        "src/interfaces/http/routes/event-stream.routes.ts",
      ],
    },
  ],
};
