// Generated from the API's OpenAPI document by libs/api-client/src/client.int-spec.ts — do not edit.
// Regenerate: npm run api-client

export interface paths {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log: filter by actor, action, target, outcome and time; page as JSON or export as CSV / JSON lines */
        get: operations["Audit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walk the hash chain and report the first broken link, if any */
        get: operations["Audit_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in: sets an HttpOnly session cookie and returns the CSRF token for writes */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (ends the session) */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I: user, role, and how I authenticated */
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["Users_list"];
        put?: never;
        /** Create a user */
        post: operations["Users_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["Users_get"];
        put?: never;
        post?: never;
        /** Delete a user (their tokens and sessions go with them) */
        delete: operations["Users_remove"];
        options?: never;
        head?: never;
        /** Change a user's role, password, or disable them */
        patch: operations["Users_update"];
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tokens (yours; admins see all): prefix, role, scope, last use, expiry */
        get: operations["Tokens_list"];
        put?: never;
        /** Create an API token for CI (the secret is returned once) */
        post: operations["Tokens_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token (takes effect on its next use) */
        delete: operations["Tokens_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List SSH credentials (names and key fingerprints; secrets are never returned) */
        get: operations["Credentials_list"];
        put?: never;
        /** Store an SSH private key or password, sealed with AES-256-GCM under the master key */
        post: operations["Credentials_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{credentialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an SSH credential */
        delete: operations["Credentials_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clusters (a cluster-scoped token sees its own only)
         * @description By name; `q` matches the name or description.
         */
        get: operations["Clusters_list"];
        put?: never;
        /**
         * Create a cluster, optionally with its whole topology
         * @description The body is a cluster spec: only `name` is required, so the topology may follow through the resource routes or a PUT of the spec. A spec that breaks a cluster-wide rule is 422 with the paths of the findings; a taken name is 409.
         */
        post: operations["Clusters_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a cluster from its directors' keepalived.conf files
         * @description One keepalived.conf per director (with the files its `include` lines name) becomes one cluster: VRRP instances merge by name, each file adding its director with its priority and state; virtual services merge by VIP:port/protocol or fwmark. What the model does not hold is listed in `warnings` with director, file and line — never silently dropped. `dryRun` answers the spec and warnings without creating anything (200). Files that cannot make a cluster, or a cluster that breaks a rule, are 422 with the findings in `errors` and the import's `warnings`.
         */
        post: operations["Clusters_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One cluster: name, mode, object counts, version (ETag) */
        get: operations["Clusters_get"];
        put?: never;
        post?: never;
        /**
         * Delete a cluster with its topology, revisions, deployments and scoped tokens
         * @description Nothing on the directors is touched.
         */
        delete: operations["Clusters_remove"];
        options?: never;
        head?: never;
        /**
         * Rename a cluster, or change its description or mode
         * @description Merge patch of the cluster's own fields; the topology is not touched.
         */
        patch: operations["Clusters_patch"];
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/spec": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole topology as one document
         * @description The shape of import, export and revisions; read from one snapshot, with its ETag for a later PUT.
         */
        get: operations["Clusters_getSpec"];
        /**
         * Replace the whole topology in one transaction (declarative apply for CI)
         * @description Objects are matched by natural key (director and instance names, VIP:port/protocol or fwmark, real server address:port): matched ones keep their ids and ETags when unchanged. Reports what was created, changed and deleted; applying the same document again changes nothing (and keeps the version). Rule findings are 422 at `body.<spec path>`.
         */
        put: operations["Clusters_putSpec"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/real-servers/admin-state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Drain, enable or disable a real server named by keys
         * @description The dashboard's shortcut by natural keys; `POST …/virtual-services/{serviceId}/real-servers/{realServerId}/admin-state` does the same by id. If-Match is the cluster's ETag here. Deploy to apply it on the directors.
         */
        post: operations["Clusters_adminState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/directors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the directors of a cluster
         * @description In spec order; `q` matches the name or address.
         */
        get: operations["Directors_list"];
        put?: never;
        /**
         * Add a director
         * @description Appended to the cluster spec. The whole resulting cluster is validated: a duplicate name or address is 409, another broken rule 422.
         */
        post: operations["Directors_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/directors/{directorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One director (ETag header) */
        get: operations["Directors_get"];
        /**
         * Replace a director
         * @description The body is the whole director: omitted optional fields are removed, omitted defaulted fields reset to their default. A rename carries over to the VRRP instances it is a member of.
         */
        put: operations["Directors_replace"];
        post?: never;
        /**
         * Remove a director
         * @description Refused with 409 while a VRRP instance has it as a member. Nothing on the director host is touched.
         */
        delete: operations["Directors_remove"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a director
         * @description Merge patch: absent fields stay, `null` removes an optional field. The merged director is validated like a PUT.
         */
        patch: operations["Directors_patch"];
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/vrrp-instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the VRRP instances of a cluster
         * @description In spec order, with members and VIPs; `q` matches the name or interface.
         */
        get: operations["VrrpInstances_list"];
        put?: never;
        /**
         * Add a VRRP instance (members and VIPs in the body)
         * @description Appended to the cluster spec. The whole resulting cluster is validated: a duplicate name, a virtual_router_id already used on the interface or a VIP carried by another instance is 409; another broken rule (two members sharing the top priority, an unknown director) 422.
         */
        post: operations["VrrpInstances_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/vrrp-instances/{instanceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One VRRP instance with its members and VIPs (ETag header) */
        get: operations["VrrpInstances_get"];
        /**
         * Replace a VRRP instance
         * @description The body is the whole instance, members and VIPs included: omitted optional fields are removed, omitted defaulted fields reset to their default. A rename carries over to its sync group.
         */
        put: operations["VrrpInstances_replace"];
        post?: never;
        /**
         * Remove a VRRP instance
         * @description Refused with 409 while a sync group holds it. Nothing on the directors changes until the next deployment (which flags removing an instance as a risky reload).
         */
        delete: operations["VrrpInstances_remove"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a VRRP instance
         * @description Merge patch: absent fields stay, `null` removes an optional field. `members` and `vips` are replaced whole. The merged instance is validated like a PUT.
         */
        patch: operations["VrrpInstances_patch"];
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/vrrp-sync-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the VRRP sync groups of a cluster
         * @description In spec order; `q` matches the name.
         */
        get: operations["VrrpSyncGroups_list"];
        put?: never;
        /**
         * Add a VRRP sync group
         * @description Instances are named; each may be in one group only (409 otherwise, as for a duplicate name); an unknown instance is 422.
         */
        post: operations["VrrpSyncGroups_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/vrrp-sync-groups/{syncGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sync group (ETag header) */
        get: operations["VrrpSyncGroups_get"];
        /**
         * Replace a sync group
         * @description The body is the whole group.
         */
        put: operations["VrrpSyncGroups_replace"];
        post?: never;
        /**
         * Remove a sync group
         * @description Its instances stay.
         */
        delete: operations["VrrpSyncGroups_remove"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a sync group
         * @description Merge patch: absent fields stay, `null` removes an optional field. `instances` is replaced whole.
         */
        patch: operations["VrrpSyncGroups_patch"];
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/virtual-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the virtual services of a cluster
         * @description In spec order, without their real servers (GET …/real-servers); `q` matches the key (VIP:port/protocol or fwmark:N); filter by protocol and forwarding method.
         */
        get: operations["VirtualServices_list"];
        put?: never;
        /**
         * Add a virtual service (real servers are added under it)
         * @description Appended to the cluster spec. The whole resulting cluster is validated: an existing VIP:port/protocol (or fwmark) is 409; another broken rule 422. A VIP no VRRP instance carries is a warning.
         */
        post: operations["VirtualServices_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/virtual-services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One virtual service (ETag header) */
        get: operations["VirtualServices_get"];
        /**
         * Replace a virtual service (its real servers stay)
         * @description The body is the whole service without `realServers`: omitted optional fields are removed, omitted defaulted fields reset to their default. Changing the port of a DR service whose real servers name another port is 422.
         */
        put: operations["VirtualServices_replace"];
        post?: never;
        /**
         * Remove a virtual service with its real servers
         * @description Applied on the directors by the next deployment.
         */
        delete: operations["VirtualServices_remove"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a virtual service
         * @description Merge patch: absent fields stay, `null` removes an optional field. `persistence` and `sorryServer` are replaced whole. The merged service is validated like a PUT.
         */
        patch: operations["VirtualServices_patch"];
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/virtual-services/{serviceId}/real-servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the real servers of a virtual service
         * @description In spec order, health checks included; `q` matches address:port; filter by `adminState`. 404 when the service is not this cluster's.
         */
        get: operations["RealServers_list"];
        put?: never;
        /**
         * Add a real server (health check in the body)
         * @description The whole resulting cluster is validated: the same address:port in the service is 409; a DR port that differs from the virtual port, or an address of the other family, is 422.
         */
        post: operations["RealServers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/virtual-services/{serviceId}/real-servers/{realServerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One real server with its health check (ETag header) */
        get: operations["RealServers_get"];
        /**
         * Replace a real server
         * @description The body is the whole real server, health check included: omitted optional fields (the health check too) are removed, omitted defaulted fields reset to their default.
         */
        put: operations["RealServers_replace"];
        post?: never;
        /**
         * Remove a real server
         * @description Removing it by reload cuts its connections: drain it first and deploy, then remove it.
         */
        delete: operations["RealServers_remove"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a real server
         * @description Merge patch: absent fields stay, `null` removes an optional field; `healthCheck` is replaced whole. The merged real server is validated like a PUT.
         */
        patch: operations["RealServers_patch"];
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/virtual-services/{serviceId}/real-servers/{realServerId}/admin-state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Drain, enable or disable a real server
         * @description drained = weight 0 (quiescent: new connections go elsewhere, existing ones finish); disabled = left out of the rendered config. The directors change on the next deployment.
         */
        post: operations["RealServers_adminState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List revisions, newest first */
        get: operations["Deployments_listRevisions"];
        put?: never;
        /** Freeze the current topology into an immutable, numbered revision (spec + rendered config per director + sha256) */
        post: operations["Deployments_createRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One revision with its spec and the rendered keepalived.conf of every director */
        get: operations["Deployments_getRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unified diff per director between two revisions */
        get: operations["Deployments_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/revisions/{number}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Roll back: restore the topology of that revision and deploy it (as a new revision) */
        post: operations["Deployments_rollback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plan: per director, the live config (read over SSH), its sha256, drift from the last deployment, and the diff to what would be pushed */
        get: operations["Deployments_plan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List deployments, newest first, with their per-director steps */
        get: operations["Deployments_listDeployments"];
        put?: never;
        /** Deploy: push a revision (or the current topology) to every director — BACKUPs first, MASTER last; progress on /live */
        post: operations["Deployments_deploy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/deployments/{deploymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One deployment: status, per-director steps with timings and output */
        get: operations["Deployments_getDeployment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/drift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Drift check now: live config sha256 of each director vs the last deployed revision (raises/clears the cluster flag) */
        get: operations["Deployments_drift"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/host-keys/{director}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The SSH host key a director offers now, and the pinned one */
        get: operations["Deployments_hostKey"];
        /** Accept (pin) the host key a director offers; until then the console refuses to connect */
        put: operations["Deployments_acceptHostKey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Observed state of a cluster: directors, VIP owners, VRRP, real-server health and traffic
         * @description What `/live` sends as `state.snapshot` on join (and keeps current with `state.delta`), for clients without websockets. 503 while telemetry has not probed the cluster yet (or is off: TELEMETRY_TICK_MS=0).
         */
        get: operations["Telemetry_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Traffic history: per-minute rollups of IPVS counters, per real server or per virtual service
         * @description Connections, packets and bytes added in each bucket (`step` seconds, a multiple of 60) and the most active connections seen; at most 1440 points per series. Kept for METRICS_RETENTION_DAYS (default 7). Directors without IPVS give no rows.
         */
        get: operations["Telemetry_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics: the console itself and every cluster's observed state
         * @description Scrape with an API token (`Authorization: Bearer lvs_…`, viewer role).  Served at the root (`/metrics`), where scrapers expect it.
         */
        get: operations["Telemetry_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database is reachable and every migration is applied */
        get: operations["getReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Audit_list: {
        parameters: {
            query?: {
                /** @description Exact actor name (user name, or "user (token name)") */
                actor?: string;
                /** @description Exact action, or a prefix ending in "." (e.g. "auth.") */
                action?: string;
                targetType?: string;
                targetId?: string;
                outcome?: "success" | "failure" | "denied";
                /** @description Inclusive lower bound (ISO-8601) */
                from?: unknown;
                /** @description Exclusive upper bound (ISO-8601) */
                to?: unknown;
                /** @description Free text over action, actor, target and detail */
                q?: string;
                limit?: number;
                /** @description Cursor: the nextCursor of the previous page */
                before?: string;
                /** @description json: one page; csv or jsonl: the whole filtered log as a download */
                format?: "json" | "csv" | "jsonl";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, newest first (format=json), or the whole filtered log oldest first (csv, jsonl). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            at: string;
                            actor: {
                                type: string;
                                id: string | null;
                                name: string | null;
                                tokenId: string | null;
                            };
                            ip: string | null;
                            userAgent: string | null;
                            action: string;
                            target: {
                                type: string;
                                id: string | null;
                            } | null;
                            before: unknown;
                            after: unknown;
                            requestId: string | null;
                            /** @enum {string} */
                            outcome: "success" | "failure" | "denied";
                            detail: string | null;
                            hash: string;
                            prevHash: string;
                        }[];
                        total: number;
                        nextCursor: string | null;
                    };
                    "text/csv": {
                        items: {
                            id: string;
                            at: string;
                            actor: {
                                type: string;
                                id: string | null;
                                name: string | null;
                                tokenId: string | null;
                            };
                            ip: string | null;
                            userAgent: string | null;
                            action: string;
                            target: {
                                type: string;
                                id: string | null;
                            } | null;
                            before: unknown;
                            after: unknown;
                            requestId: string | null;
                            /** @enum {string} */
                            outcome: "success" | "failure" | "denied";
                            detail: string | null;
                            hash: string;
                            prevHash: string;
                        }[];
                        total: number;
                        nextCursor: string | null;
                    };
                    "application/x-ndjson": {
                        items: {
                            id: string;
                            at: string;
                            actor: {
                                type: string;
                                id: string | null;
                                name: string | null;
                                tokenId: string | null;
                            };
                            ip: string | null;
                            userAgent: string | null;
                            action: string;
                            target: {
                                type: string;
                                id: string | null;
                            } | null;
                            before: unknown;
                            after: unknown;
                            requestId: string | null;
                            /** @enum {string} */
                            outcome: "success" | "failure" | "denied";
                            detail: string | null;
                            hash: string;
                            prevHash: string;
                        }[];
                        total: number;
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Audit_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Result of the walk. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        valid: boolean;
                        /** @description Events verified before the first broken link (all of them when valid) */
                        checked: number;
                        firstBroken: {
                            id: string;
                            reason: string;
                        } | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            username: string;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin";
                        };
                        /** @enum {string} */
                        via: "session" | "token";
                        token: {
                            id: string;
                            name: string;
                            clusterId: string | null;
                        } | null;
                        /** @description Echo in X-CSRF-Token on cookie-authenticated writes */
                        csrfToken: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            username: string;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin";
                        };
                        /** @enum {string} */
                        via: "session" | "token";
                        token: {
                            id: string;
                            name: string;
                            clusterId: string | null;
                        } | null;
                        /** @description Echo in X-CSRF-Token on cookie-authenticated writes */
                        csrfToken: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Users_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            username: string;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin";
                            disabled: boolean;
                            lockedUntil: string | null;
                            lastLoginAt: string | null;
                            createdAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Users_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                    /**
                     * @description viewer: read; operator: topology + deploy; admin: users, tokens, credentials
                     * @enum {string}
                     */
                    role: "viewer" | "operator" | "admin";
                };
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        /** @enum {string} */
                        role: "viewer" | "operator" | "admin";
                        disabled: boolean;
                        lockedUntil: string | null;
                        lastLoginAt: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Users_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        /** @enum {string} */
                        role: "viewer" | "operator" | "admin";
                        disabled: boolean;
                        lockedUntil: string | null;
                        lastLoginAt: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Users_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Users_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role?: "viewer" | "operator" | "admin";
                    disabled?: boolean;
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        /** @enum {string} */
                        role: "viewer" | "operator" | "admin";
                        disabled: boolean;
                        lockedUntil: string | null;
                        lastLoginAt: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Tokens_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tokens, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            /** @description The public start of the token, to recognise it */
                            prefix: string;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin";
                            clusterId: string | null;
                            createdBy: string;
                            createdAt: string;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            lastUsedIp: string | null;
                            revokedAt: string | null;
                            /** @enum {string} */
                            status: "active" | "expired" | "revoked";
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Tokens_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example gitlab-ci deploy */
                    name: string;
                    /**
                     * @description Not above the creator's own role
                     * @enum {string}
                     */
                    role: "viewer" | "operator" | "admin";
                    /**
                     * Format: uuid
                     * @description Scope the token to this one cluster
                     */
                    clusterId?: string;
                    /** @description Omit for a token that does not expire */
                    expiresInDays?: number;
                };
            };
        };
        responses: {
            /** @description Created; copy `secret` now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: {
                            id: string;
                            name: string;
                            /** @description The public start of the token, to recognise it */
                            prefix: string;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin";
                            clusterId: string | null;
                            createdBy: string;
                            createdAt: string;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            lastUsedIp: string | null;
                            revokedAt: string | null;
                            /** @enum {string} */
                            status: "active" | "expired" | "revoked";
                        };
                        /** @description The token. Shown once: store it in your CI secret store now. */
                        secret: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Tokens_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Credentials_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Credentials by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "private_key" | "password";
                            /** @description SHA256 fingerprint of the public half (keys only) */
                            publicKeyFingerprint: string | null;
                            createdAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Credentials_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Referenced by directors (`credential`) */
                    name: string;
                    /** @constant */
                    kind: "private_key";
                    /** @description OpenSSH or PEM private key (secret: stored sealed, never returned) */
                    privateKey: string;
                    /** @description Passphrase of an encrypted key (secret) */
                    passphrase?: string;
                } | {
                    /** @description Referenced by directors (`credential`) */
                    name: string;
                    /** @constant */
                    kind: "password";
                    /** @description SSH password (secret: stored sealed, never returned) */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        kind: "private_key" | "password";
                        /** @description SHA256 fingerprint of the public half (keys only) */
                        publicKeyFingerprint: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Credentials_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credentialId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Clusters_list: {
        parameters: {
            query?: {
                /** @description Substring of the name or description */
                q?: string;
                mode?: "keepalived" | "ipvsadm";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of clusters with the total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            description: string;
                            /** @enum {string} */
                            mode: "keepalived" | "ipvsadm";
                            /** @description Bumped on every change of the cluster or its topology; the ETag of the cluster and of its spec */
                            version: number;
                            counts: {
                                directors: number;
                                vrrpInstances: number;
                                virtualServices: number;
                                realServers: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Clusters_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default lvs-console/v1
                     * @constant
                     */
                    apiVersion?: "lvs-console/v1";
                    name: string;
                    /** @default  */
                    description?: string;
                    /**
                     * @description keepalived: VRRP + checkers; ipvsadm: IPVS rules only
                     * @default keepalived
                     * @enum {string}
                     */
                    mode?: "keepalived" | "ipvsadm";
                    /** @default [] */
                    directors?: {
                        /** @description Also keepalived router_id */
                        name: string;
                        /** @description Address the console connects to over SSH; also unicast_src_ip */
                        address: string;
                        /** @default 22 */
                        sshPort?: number;
                        /** @default root */
                        sshUser?: string;
                        /** @description Name of the stored SSH credential */
                        credential?: string;
                        /** @default /etc/keepalived/keepalived.conf */
                        configPath?: string;
                        /**
                         * @default sighup
                         * @enum {string}
                         */
                        reloadMethod?: "systemctl" | "sighup";
                        /**
                         * @description keepalived parent pid file, for SIGHUP reloads
                         * @default /run/keepalived.pid
                         */
                        pidFile?: string;
                        /**
                         * @description Run privileged commands with sudo -n
                         * @default false
                         */
                        sudo?: boolean;
                    }[];
                    /** @default [] */
                    vrrpInstances?: {
                        name: string;
                        interface: string;
                        virtualRouterId: number;
                        /**
                         * @description advert_int, whole seconds (VRRPv2)
                         * @default 1
                         */
                        advertInt?: number;
                        /** @default false */
                        nopreempt?: boolean;
                        /** @description preempt_delay, seconds */
                        preemptDelay?: number;
                        /**
                         * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
                         * @default false
                         */
                        unicast?: boolean;
                        /** @description PASS authentication (VRRPv2); a secret: redacted in logs */
                        authPass?: string;
                        /** @default [] */
                        trackInterfaces?: string[];
                        garpMasterDelay?: number;
                        /** @default {} */
                        notify?: {
                            master?: string;
                            backup?: string;
                            fault?: string;
                            stop?: string;
                            any?: string;
                        };
                        members: {
                            director: string;
                            priority: number;
                            /**
                             * @default BACKUP
                             * @enum {string}
                             */
                            state?: "MASTER" | "BACKUP";
                        }[];
                        /** @default [] */
                        vips?: {
                            /**
                             * @description Address with optional prefix length
                             * @example 192.0.2.10/24
                             */
                            address: string;
                            dev?: string;
                            label?: string;
                        }[];
                    }[];
                    /** @default [] */
                    vrrpSyncGroups?: {
                        name: string;
                        instances: string[];
                    }[];
                    /** @default [] */
                    virtualServices?: {
                        /** @description Virtual IP; omit when fwmark is set */
                        vip?: string;
                        /** @description Virtual port; omit for fwmark services or "all ports" (0 in keepalived) */
                        port?: number;
                        /**
                         * @default TCP
                         * @enum {string}
                         */
                        protocol?: "TCP" | "UDP" | "SCTP";
                        /** @description Firewall mark, instead of VIP:port */
                        fwmark?: number;
                        /**
                         * @description Address family of a fwmark service (default inet)
                         * @enum {string}
                         */
                        family?: "inet" | "inet6";
                        /**
                         * @default wlc
                         * @enum {string}
                         */
                        scheduler?: "rr" | "wrr" | "lc" | "wlc" | "lblc" | "lblcr" | "dh" | "sh" | "sed" | "nq" | "mh" | "fo" | "ovf" | "twos";
                        /**
                         * @default DR
                         * @enum {string}
                         */
                        forwarding?: "DR" | "NAT" | "TUN";
                        persistence?: {
                            timeout: number;
                            /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                            netmask?: string;
                        };
                        quorum?: number;
                        hysteresis?: number;
                        quorumUp?: string;
                        quorumDown?: string;
                        /**
                         * @description alpha: start real servers as down until their check passes
                         * @default false
                         */
                        alpha?: boolean;
                        /**
                         * @description omega: run quorum_down when the service is removed
                         * @default false
                         */
                        omega?: boolean;
                        /**
                         * @description delay_loop: seconds between health checks
                         * @default 6
                         */
                        delayLoop?: number;
                        sorryServer?: {
                            address: string;
                            port?: number;
                        };
                        virtualhost?: string;
                        /** @default [] */
                        realServers?: {
                            address: string;
                            /** @description Omitted for fwmark services or DR with "any port". */
                            port?: number;
                            /** @default 1 */
                            weight?: number;
                            /**
                             * @description lvs_method override for this real server
                             * @enum {string}
                             */
                            forwarding?: "DR" | "NAT" | "TUN";
                            /** @description uthreshold: max connections */
                            upperThreshold?: number;
                            /** @description lthreshold: resume below this many connections */
                            lowerThreshold?: number;
                            /**
                             * @description inhibit_on_failure: set weight 0 instead of removing on failure
                             * @default false
                             */
                            inhibitOnFailure?: boolean;
                            /**
                             * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
                             * @default enabled
                             * @enum {string}
                             */
                            adminState?: "enabled" | "drained" | "disabled";
                            healthCheck?: {
                                /** @constant */
                                type: "TCP_CHECK";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                            } | {
                                /** @constant */
                                type: "HTTP_GET";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                                urls: {
                                    path: string & (unknown & unknown);
                                    statusCode?: number;
                                    digest?: string;
                                }[];
                            } | {
                                /** @constant */
                                type: "SSL_GET";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                                urls: {
                                    path: string & (unknown & unknown);
                                    statusCode?: number;
                                    digest?: string;
                                }[];
                            } | {
                                /** @constant */
                                type: "MISC_CHECK";
                                /** @example /usr/local/bin/check_app.sh 10.0.0.11 */
                                script: string;
                                /** @description misc_timeout, seconds */
                                timeout?: number;
                                /**
                                 * @description misc_dynamic: exit codes 2-255 set the weight
                                 * @default false
                                 */
                                dynamic?: boolean;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                            } | {
                                /** @constant */
                                type: "DNS_CHECK";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                                /** @default . */
                                queryName?: string;
                                /**
                                 * @default SOA
                                 * @enum {string}
                                 */
                                queryType?: "A" | "NS" | "CNAME" | "SOA" | "MX" | "TXT" | "AAAA";
                            } | {
                                /** @constant */
                                type: "SMTP_CHECK";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                                heloName?: string;
                            } | {
                                /** @constant */
                                type: "UDP_CHECK";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                                /** @default false */
                                requireReply?: boolean;
                            } | {
                                /** @constant */
                                type: "PING_CHECK";
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                            };
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Created, with rule warnings; ETag and Location headers. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        mode: "keepalived" | "ipvsadm";
                        /** @description Bumped on every change of the cluster or its topology; the ETag of the cluster and of its spec */
                        version: number;
                        counts: {
                            directors: number;
                            vrrpInstances: number;
                            virtualServices: number;
                            realServers: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Clusters_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    /**
                     * @description Parse and validate only: answer the spec and the warnings, create nothing
                     * @default false
                     */
                    dryRun?: boolean;
                    directors: {
                        /** @description The director's name in the cluster (its router_id is compared with it) */
                        name: string;
                        /** @description Where the console reaches it; defaults to the file's unicast_src_ip */
                        address?: string;
                        /** @description The director's keepalived.conf text */
                        config: string;
                        /** @description Files its `include` lines name, by path as written (globs match these keys) */
                        includes?: {
                            [key: string]: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description Dry run: the spec and the warnings; nothing created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The created cluster (absent on a dry run)
                         * @example {
                         *       "id": "0b7e4a0e-6d0f-4b7e-9a57-3f4a3c1f2d10",
                         *       "name": "web-eu",
                         *       "description": "Public web VIPs",
                         *       "mode": "keepalived",
                         *       "version": 12,
                         *       "counts": {
                         *         "directors": 2,
                         *         "vrrpInstances": 1,
                         *         "virtualServices": 1,
                         *         "realServers": 2
                         *       },
                         *       "createdAt": "2026-11-25T03:00:00.000Z",
                         *       "updatedAt": "2026-11-25T03:10:00.000Z",
                         *       "warnings": []
                         *     }
                         */
                        cluster?: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            description: string;
                            /** @enum {string} */
                            mode: "keepalived" | "ipvsadm";
                            /** @description Bumped on every change of the cluster or its topology; the ETag of the cluster and of its spec */
                            version: number;
                            counts: {
                                directors: number;
                                vrrpInstances: number;
                                virtualServices: number;
                                realServers: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            warnings: {
                                /** @example spec.virtualServices.0.vip */
                                path: string;
                                message: string;
                            }[];
                        };
                        spec: {
                            /**
                             * @default lvs-console/v1
                             * @constant
                             */
                            apiVersion: "lvs-console/v1";
                            name: string;
                            /** @default  */
                            description: string;
                            /**
                             * @description keepalived: VRRP + checkers; ipvsadm: IPVS rules only
                             * @default keepalived
                             * @enum {string}
                             */
                            mode: "keepalived" | "ipvsadm";
                            /** @default [] */
                            directors: {
                                /** @description Also keepalived router_id */
                                name: string;
                                /** @description Address the console connects to over SSH; also unicast_src_ip */
                                address: string;
                                /** @default 22 */
                                sshPort: number;
                                /** @default root */
                                sshUser: string;
                                /** @description Name of the stored SSH credential */
                                credential?: string;
                                /** @default /etc/keepalived/keepalived.conf */
                                configPath: string;
                                /**
                                 * @default sighup
                                 * @enum {string}
                                 */
                                reloadMethod: "systemctl" | "sighup";
                                /**
                                 * @description keepalived parent pid file, for SIGHUP reloads
                                 * @default /run/keepalived.pid
                                 */
                                pidFile: string;
                                /**
                                 * @description Run privileged commands with sudo -n
                                 * @default false
                                 */
                                sudo: boolean;
                            }[];
                            /** @default [] */
                            vrrpInstances: {
                                name: string;
                                interface: string;
                                virtualRouterId: number;
                                /**
                                 * @description advert_int, whole seconds (VRRPv2)
                                 * @default 1
                                 */
                                advertInt: number;
                                /** @default false */
                                nopreempt: boolean;
                                /** @description preempt_delay, seconds */
                                preemptDelay?: number;
                                /**
                                 * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
                                 * @default false
                                 */
                                unicast: boolean;
                                /** @description PASS authentication (VRRPv2); a secret: redacted in logs */
                                authPass?: string;
                                /** @default [] */
                                trackInterfaces: string[];
                                garpMasterDelay?: number;
                                /** @default {} */
                                notify: {
                                    master?: string;
                                    backup?: string;
                                    fault?: string;
                                    stop?: string;
                                    any?: string;
                                };
                                members: {
                                    director: string;
                                    priority: number;
                                    /**
                                     * @default BACKUP
                                     * @enum {string}
                                     */
                                    state: "MASTER" | "BACKUP";
                                }[];
                                /** @default [] */
                                vips: {
                                    /**
                                     * @description Address with optional prefix length
                                     * @example 192.0.2.10/24
                                     */
                                    address: string;
                                    dev?: string;
                                    label?: string;
                                }[];
                            }[];
                            /** @default [] */
                            vrrpSyncGroups: {
                                name: string;
                                instances: string[];
                            }[];
                            /** @default [] */
                            virtualServices: {
                                /** @description Virtual IP; omit when fwmark is set */
                                vip?: string;
                                /** @description Virtual port; omit for fwmark services or "all ports" (0 in keepalived) */
                                port?: number;
                                /**
                                 * @default TCP
                                 * @enum {string}
                                 */
                                protocol: "TCP" | "UDP" | "SCTP";
                                /** @description Firewall mark, instead of VIP:port */
                                fwmark?: number;
                                /**
                                 * @description Address family of a fwmark service (default inet)
                                 * @enum {string}
                                 */
                                family?: "inet" | "inet6";
                                /**
                                 * @default wlc
                                 * @enum {string}
                                 */
                                scheduler: "rr" | "wrr" | "lc" | "wlc" | "lblc" | "lblcr" | "dh" | "sh" | "sed" | "nq" | "mh" | "fo" | "ovf" | "twos";
                                /**
                                 * @default DR
                                 * @enum {string}
                                 */
                                forwarding: "DR" | "NAT" | "TUN";
                                persistence?: {
                                    timeout: number;
                                    /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                                    netmask?: string;
                                };
                                quorum?: number;
                                hysteresis?: number;
                                quorumUp?: string;
                                quorumDown?: string;
                                /**
                                 * @description alpha: start real servers as down until their check passes
                                 * @default false
                                 */
                                alpha: boolean;
                                /**
                                 * @description omega: run quorum_down when the service is removed
                                 * @default false
                                 */
                                omega: boolean;
                                /**
                                 * @description delay_loop: seconds between health checks
                                 * @default 6
                                 */
                                delayLoop: number;
                                sorryServer?: {
                                    address: string;
                                    port?: number;
                                };
                                virtualhost?: string;
                                /** @default [] */
                                realServers: {
                                    address: string;
                                    /** @description Omitted for fwmark services or DR with "any port". */
                                    port?: number;
                                    /** @default 1 */
                                    weight: number;
                                    /**
                                     * @description lvs_method override for this real server
                                     * @enum {string}
                                     */
                                    forwarding?: "DR" | "NAT" | "TUN";
                                    /** @description uthreshold: max connections */
                                    upperThreshold?: number;
                                    /** @description lthreshold: resume below this many connections */
                                    lowerThreshold?: number;
                                    /**
                                     * @description inhibit_on_failure: set weight 0 instead of removing on failure
                                     * @default false
                                     */
                                    inhibitOnFailure: boolean;
                                    /**
                                     * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
                                     * @default enabled
                                     * @enum {string}
                                     */
                                    adminState: "enabled" | "drained" | "disabled";
                                    healthCheck?: {
                                        /** @constant */
                                        type: "TCP_CHECK";
                                        /** @description connect_port; the real server port when omitted */
                                        connectPort?: number;
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                    } | {
                                        /** @constant */
                                        type: "HTTP_GET";
                                        /** @description connect_port; the real server port when omitted */
                                        connectPort?: number;
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                        urls: {
                                            path: string & (unknown & unknown);
                                            statusCode?: number;
                                            digest?: string;
                                        }[];
                                    } | {
                                        /** @constant */
                                        type: "SSL_GET";
                                        /** @description connect_port; the real server port when omitted */
                                        connectPort?: number;
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                        urls: {
                                            path: string & (unknown & unknown);
                                            statusCode?: number;
                                            digest?: string;
                                        }[];
                                    } | {
                                        /** @constant */
                                        type: "MISC_CHECK";
                                        /** @example /usr/local/bin/check_app.sh 10.0.0.11 */
                                        script: string;
                                        /** @description misc_timeout, seconds */
                                        timeout?: number;
                                        /**
                                         * @description misc_dynamic: exit codes 2-255 set the weight
                                         * @default false
                                         */
                                        dynamic: boolean;
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                    } | {
                                        /** @constant */
                                        type: "DNS_CHECK";
                                        /** @description connect_port; the real server port when omitted */
                                        connectPort?: number;
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                        /** @default . */
                                        queryName: string;
                                        /**
                                         * @default SOA
                                         * @enum {string}
                                         */
                                        queryType: "A" | "NS" | "CNAME" | "SOA" | "MX" | "TXT" | "AAAA";
                                    } | {
                                        /** @constant */
                                        type: "SMTP_CHECK";
                                        /** @description connect_port; the real server port when omitted */
                                        connectPort?: number;
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                        heloName?: string;
                                    } | {
                                        /** @constant */
                                        type: "UDP_CHECK";
                                        /** @description connect_port; the real server port when omitted */
                                        connectPort?: number;
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                        /** @default false */
                                        requireReply: boolean;
                                    } | {
                                        /** @constant */
                                        type: "PING_CHECK";
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                    };
                                }[];
                            }[];
                        };
                        /** @description What was not modelled (kept out of the spec) or disagreed between files; never silently dropped */
                        warnings: {
                            /** @description Whose file; absent for cluster-wide findings */
                            director?: string;
                            /** @description The include path, for lines of an included file */
                            file?: string;
                            /** @description 1-based line; 0 when the finding has no single line */
                            line: number;
                            /** @description Dotted path into the imported spec, for cluster-rule findings */
                            path?: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Created, with the imported spec and the warnings; ETag and Location of the cluster. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The created cluster (absent on a dry run)
                         * @example {
                         *       "id": "0b7e4a0e-6d0f-4b7e-9a57-3f4a3c1f2d10",
                         *       "name": "web-eu",
                         *       "description": "Public web VIPs",
                         *       "mode": "keepalived",
                         *       "version": 12,
                         *       "counts": {
                         *         "directors": 2,
                         *         "vrrpInstances": 1,
                         *         "virtualServices": 1,
                         *         "realServers": 2
                         *       },
                         *       "createdAt": "2026-11-25T03:00:00.000Z",
                         *       "updatedAt": "2026-11-25T03:10:00.000Z",
                         *       "warnings": []
                         *     }
                         */
                        cluster?: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            description: string;
                            /** @enum {string} */
                            mode: "keepalived" | "ipvsadm";
                            /** @description Bumped on every change of the cluster or its topology; the ETag of the cluster and of its spec */
                            version: number;
                            counts: {
                                directors: number;
                                vrrpInstances: number;
                                virtualServices: number;
                                realServers: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            warnings: {
                                /** @example spec.virtualServices.0.vip */
                                path: string;
                                message: string;
                            }[];
                        };
                        spec: {
                            /**
                             * @default lvs-console/v1
                             * @constant
                             */
                            apiVersion: "lvs-console/v1";
                            name: string;
                            /** @default  */
                            description: string;
                            /**
                             * @description keepalived: VRRP + checkers; ipvsadm: IPVS rules only
                             * @default keepalived
                             * @enum {string}
                             */
                            mode: "keepalived" | "ipvsadm";
                            /** @default [] */
                            directors: {
                                /** @description Also keepalived router_id */
                                name: string;
                                /** @description Address the console connects to over SSH; also unicast_src_ip */
                                address: string;
                                /** @default 22 */
                                sshPort: number;
                                /** @default root */
                                sshUser: string;
                                /** @description Name of the stored SSH credential */
                                credential?: string;
                                /** @default /etc/keepalived/keepalived.conf */
                                configPath: string;
                                /**
                                 * @default sighup
                                 * @enum {string}
                                 */
                                reloadMethod: "systemctl" | "sighup";
                                /**
                                 * @description keepalived parent pid file, for SIGHUP reloads
                                 * @default /run/keepalived.pid
                                 */
                                pidFile: string;
                                /**
                                 * @description Run privileged commands with sudo -n
                                 * @default false
                                 */
                                sudo: boolean;
                            }[];
                            /** @default [] */
                            vrrpInstances: {
                                name: string;
                                interface: string;
                                virtualRouterId: number;
                                /**
                                 * @description advert_int, whole seconds (VRRPv2)
                                 * @default 1
                                 */
                                advertInt: number;
                                /** @default false */
                                nopreempt: boolean;
                                /** @description preempt_delay, seconds */
                                preemptDelay?: number;
                                /**
                                 * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
                                 * @default false
                                 */
                                unicast: boolean;
                                /** @description PASS authentication (VRRPv2); a secret: redacted in logs */
                                authPass?: string;
                                /** @default [] */
                                trackInterfaces: string[];
                                garpMasterDelay?: number;
                                /** @default {} */
                                notify: {
                                    master?: string;
                                    backup?: string;
                                    fault?: string;
                                    stop?: string;
                                    any?: string;
                                };
                                members: {
                                    director: string;
                                    priority: number;
                                    /**
                                     * @default BACKUP
                                     * @enum {string}
                                     */
                                    state: "MASTER" | "BACKUP";
                                }[];
                                /** @default [] */
                                vips: {
                                    /**
                                     * @description Address with optional prefix length
                                     * @example 192.0.2.10/24
                                     */
                                    address: string;
                                    dev?: string;
                                    label?: string;
                                }[];
                            }[];
                            /** @default [] */
                            vrrpSyncGroups: {
                                name: string;
                                instances: string[];
                            }[];
                            /** @default [] */
                            virtualServices: {
                                /** @description Virtual IP; omit when fwmark is set */
                                vip?: string;
                                /** @description Virtual port; omit for fwmark services or "all ports" (0 in keepalived) */
                                port?: number;
                                /**
                                 * @default TCP
                                 * @enum {string}
                                 */
                                protocol: "TCP" | "UDP" | "SCTP";
                                /** @description Firewall mark, instead of VIP:port */
                                fwmark?: number;
                                /**
                                 * @description Address family of a fwmark service (default inet)
                                 * @enum {string}
                                 */
                                family?: "inet" | "inet6";
                                /**
                                 * @default wlc
                                 * @enum {string}
                                 */
                                scheduler: "rr" | "wrr" | "lc" | "wlc" | "lblc" | "lblcr" | "dh" | "sh" | "sed" | "nq" | "mh" | "fo" | "ovf" | "twos";
                                /**
                                 * @default DR
                                 * @enum {string}
                                 */
                                forwarding: "DR" | "NAT" | "TUN";
                                persistence?: {
                                    timeout: number;
                                    /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                                    netmask?: string;
                                };
                                quorum?: number;
                                hysteresis?: number;
                                quorumUp?: string;
                                quorumDown?: string;
                                /**
                                 * @description alpha: start real servers as down until their check passes
                                 * @default false
                                 */
                                alpha: boolean;
                                /**
                                 * @description omega: run quorum_down when the service is removed
                                 * @default false
                                 */
                                omega: boolean;
                                /**
                                 * @description delay_loop: seconds between health checks
                                 * @default 6
                                 */
                                delayLoop: number;
                                sorryServer?: {
                                    address: string;
                                    port?: number;
                                };
                                virtualhost?: string;
                                /** @default [] */
                                realServers: {
                                    address: string;
                                    /** @description Omitted for fwmark services or DR with "any port". */
                                    port?: number;
                                    /** @default 1 */
                                    weight: number;
                                    /**
                                     * @description lvs_method override for this real server
                                     * @enum {string}
                                     */
                                    forwarding?: "DR" | "NAT" | "TUN";
                                    /** @description uthreshold: max connections */
                                    upperThreshold?: number;
                                    /** @description lthreshold: resume below this many connections */
                                    lowerThreshold?: number;
                                    /**
                                     * @description inhibit_on_failure: set weight 0 instead of removing on failure
                                     * @default false
                                     */
                                    inhibitOnFailure: boolean;
                                    /**
                                     * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
                                     * @default enabled
                                     * @enum {string}
                                     */
                                    adminState: "enabled" | "drained" | "disabled";
                                    healthCheck?: {
                                        /** @constant */
                                        type: "TCP_CHECK";
                                        /** @description connect_port; the real server port when omitted */
                                        connectPort?: number;
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                    } | {
                                        /** @constant */
                                        type: "HTTP_GET";
                                        /** @description connect_port; the real server port when omitted */
                                        connectPort?: number;
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                        urls: {
                                            path: string & (unknown & unknown);
                                            statusCode?: number;
                                            digest?: string;
                                        }[];
                                    } | {
                                        /** @constant */
                                        type: "SSL_GET";
                                        /** @description connect_port; the real server port when omitted */
                                        connectPort?: number;
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                        urls: {
                                            path: string & (unknown & unknown);
                                            statusCode?: number;
                                            digest?: string;
                                        }[];
                                    } | {
                                        /** @constant */
                                        type: "MISC_CHECK";
                                        /** @example /usr/local/bin/check_app.sh 10.0.0.11 */
                                        script: string;
                                        /** @description misc_timeout, seconds */
                                        timeout?: number;
                                        /**
                                         * @description misc_dynamic: exit codes 2-255 set the weight
                                         * @default false
                                         */
                                        dynamic: boolean;
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                    } | {
                                        /** @constant */
                                        type: "DNS_CHECK";
                                        /** @description connect_port; the real server port when omitted */
                                        connectPort?: number;
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                        /** @default . */
                                        queryName: string;
                                        /**
                                         * @default SOA
                                         * @enum {string}
                                         */
                                        queryType: "A" | "NS" | "CNAME" | "SOA" | "MX" | "TXT" | "AAAA";
                                    } | {
                                        /** @constant */
                                        type: "SMTP_CHECK";
                                        /** @description connect_port; the real server port when omitted */
                                        connectPort?: number;
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                        heloName?: string;
                                    } | {
                                        /** @constant */
                                        type: "UDP_CHECK";
                                        /** @description connect_port; the real server port when omitted */
                                        connectPort?: number;
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                        /** @default false */
                                        requireReply: boolean;
                                    } | {
                                        /** @constant */
                                        type: "PING_CHECK";
                                        /** @description connect_timeout, seconds */
                                        connectTimeout?: number;
                                        /** @description retry: attempts before the check fails */
                                        retry?: number;
                                        /** @description delay_before_retry, seconds */
                                        delayBeforeRetry?: number;
                                    };
                                }[];
                            }[];
                        };
                        /** @description What was not modelled (kept out of the spec) or disagreed between files; never silently dropped */
                        warnings: {
                            /** @description Whose file; absent for cluster-wide findings */
                            director?: string;
                            /** @description The include path, for lines of an included file */
                            file?: string;
                            /** @description 1-based line; 0 when the finding has no single line */
                            line: number;
                            /** @description Dotted path into the imported spec, for cluster-rule findings */
                            path?: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Clusters_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        mode: "keepalived" | "ipvsadm";
                        /** @description Bumped on every change of the cluster or its topology; the ETag of the cluster and of its spec */
                        version: number;
                        counts: {
                            directors: number;
                            vrrpInstances: number;
                            virtualServices: number;
                            realServers: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Clusters_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the cluster from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Clusters_patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the cluster from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    /** @enum {string} */
                    mode?: "keepalived" | "ipvsadm";
                };
            };
        };
        responses: {
            /** @description Updated; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        mode: "keepalived" | "ipvsadm";
                        /** @description Bumped on every change of the cluster or its topology; the ETag of the cluster and of its spec */
                        version: number;
                        counts: {
                            directors: number;
                            vrrpInstances: number;
                            virtualServices: number;
                            realServers: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Clusters_getSpec: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of a spec you hold: 304 (no body) while it is current */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster spec; ETag header. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @default lvs-console/v1
                         * @constant
                         */
                        apiVersion: "lvs-console/v1";
                        name: string;
                        /** @default  */
                        description: string;
                        /**
                         * @description keepalived: VRRP + checkers; ipvsadm: IPVS rules only
                         * @default keepalived
                         * @enum {string}
                         */
                        mode: "keepalived" | "ipvsadm";
                        /** @default [] */
                        directors: {
                            /** @description Also keepalived router_id */
                            name: string;
                            /** @description Address the console connects to over SSH; also unicast_src_ip */
                            address: string;
                            /** @default 22 */
                            sshPort: number;
                            /** @default root */
                            sshUser: string;
                            /** @description Name of the stored SSH credential */
                            credential?: string;
                            /** @default /etc/keepalived/keepalived.conf */
                            configPath: string;
                            /**
                             * @default sighup
                             * @enum {string}
                             */
                            reloadMethod: "systemctl" | "sighup";
                            /**
                             * @description keepalived parent pid file, for SIGHUP reloads
                             * @default /run/keepalived.pid
                             */
                            pidFile: string;
                            /**
                             * @description Run privileged commands with sudo -n
                             * @default false
                             */
                            sudo: boolean;
                        }[];
                        /** @default [] */
                        vrrpInstances: {
                            name: string;
                            interface: string;
                            virtualRouterId: number;
                            /**
                             * @description advert_int, whole seconds (VRRPv2)
                             * @default 1
                             */
                            advertInt: number;
                            /** @default false */
                            nopreempt: boolean;
                            /** @description preempt_delay, seconds */
                            preemptDelay?: number;
                            /**
                             * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
                             * @default false
                             */
                            unicast: boolean;
                            /** @description PASS authentication (VRRPv2); a secret: redacted in logs */
                            authPass?: string;
                            /** @default [] */
                            trackInterfaces: string[];
                            garpMasterDelay?: number;
                            /** @default {} */
                            notify: {
                                master?: string;
                                backup?: string;
                                fault?: string;
                                stop?: string;
                                any?: string;
                            };
                            members: {
                                director: string;
                                priority: number;
                                /**
                                 * @default BACKUP
                                 * @enum {string}
                                 */
                                state: "MASTER" | "BACKUP";
                            }[];
                            /** @default [] */
                            vips: {
                                /**
                                 * @description Address with optional prefix length
                                 * @example 192.0.2.10/24
                                 */
                                address: string;
                                dev?: string;
                                label?: string;
                            }[];
                        }[];
                        /** @default [] */
                        vrrpSyncGroups: {
                            name: string;
                            instances: string[];
                        }[];
                        /** @default [] */
                        virtualServices: {
                            /** @description Virtual IP; omit when fwmark is set */
                            vip?: string;
                            /** @description Virtual port; omit for fwmark services or "all ports" (0 in keepalived) */
                            port?: number;
                            /**
                             * @default TCP
                             * @enum {string}
                             */
                            protocol: "TCP" | "UDP" | "SCTP";
                            /** @description Firewall mark, instead of VIP:port */
                            fwmark?: number;
                            /**
                             * @description Address family of a fwmark service (default inet)
                             * @enum {string}
                             */
                            family?: "inet" | "inet6";
                            /**
                             * @default wlc
                             * @enum {string}
                             */
                            scheduler: "rr" | "wrr" | "lc" | "wlc" | "lblc" | "lblcr" | "dh" | "sh" | "sed" | "nq" | "mh" | "fo" | "ovf" | "twos";
                            /**
                             * @default DR
                             * @enum {string}
                             */
                            forwarding: "DR" | "NAT" | "TUN";
                            persistence?: {
                                timeout: number;
                                /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                                netmask?: string;
                            };
                            quorum?: number;
                            hysteresis?: number;
                            quorumUp?: string;
                            quorumDown?: string;
                            /**
                             * @description alpha: start real servers as down until their check passes
                             * @default false
                             */
                            alpha: boolean;
                            /**
                             * @description omega: run quorum_down when the service is removed
                             * @default false
                             */
                            omega: boolean;
                            /**
                             * @description delay_loop: seconds between health checks
                             * @default 6
                             */
                            delayLoop: number;
                            sorryServer?: {
                                address: string;
                                port?: number;
                            };
                            virtualhost?: string;
                            /** @default [] */
                            realServers: {
                                address: string;
                                /** @description Omitted for fwmark services or DR with "any port". */
                                port?: number;
                                /** @default 1 */
                                weight: number;
                                /**
                                 * @description lvs_method override for this real server
                                 * @enum {string}
                                 */
                                forwarding?: "DR" | "NAT" | "TUN";
                                /** @description uthreshold: max connections */
                                upperThreshold?: number;
                                /** @description lthreshold: resume below this many connections */
                                lowerThreshold?: number;
                                /**
                                 * @description inhibit_on_failure: set weight 0 instead of removing on failure
                                 * @default false
                                 */
                                inhibitOnFailure: boolean;
                                /**
                                 * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
                                 * @default enabled
                                 * @enum {string}
                                 */
                                adminState: "enabled" | "drained" | "disabled";
                                healthCheck?: {
                                    /** @constant */
                                    type: "TCP_CHECK";
                                    /** @description connect_port; the real server port when omitted */
                                    connectPort?: number;
                                    /** @description connect_timeout, seconds */
                                    connectTimeout?: number;
                                    /** @description retry: attempts before the check fails */
                                    retry?: number;
                                    /** @description delay_before_retry, seconds */
                                    delayBeforeRetry?: number;
                                } | {
                                    /** @constant */
                                    type: "HTTP_GET";
                                    /** @description connect_port; the real server port when omitted */
                                    connectPort?: number;
                                    /** @description connect_timeout, seconds */
                                    connectTimeout?: number;
                                    /** @description retry: attempts before the check fails */
                                    retry?: number;
                                    /** @description delay_before_retry, seconds */
                                    delayBeforeRetry?: number;
                                    urls: {
                                        path: string & (unknown & unknown);
                                        statusCode?: number;
                                        digest?: string;
                                    }[];
                                } | {
                                    /** @constant */
                                    type: "SSL_GET";
                                    /** @description connect_port; the real server port when omitted */
                                    connectPort?: number;
                                    /** @description connect_timeout, seconds */
                                    connectTimeout?: number;
                                    /** @description retry: attempts before the check fails */
                                    retry?: number;
                                    /** @description delay_before_retry, seconds */
                                    delayBeforeRetry?: number;
                                    urls: {
                                        path: string & (unknown & unknown);
                                        statusCode?: number;
                                        digest?: string;
                                    }[];
                                } | {
                                    /** @constant */
                                    type: "MISC_CHECK";
                                    /** @example /usr/local/bin/check_app.sh 10.0.0.11 */
                                    script: string;
                                    /** @description misc_timeout, seconds */
                                    timeout?: number;
                                    /**
                                     * @description misc_dynamic: exit codes 2-255 set the weight
                                     * @default false
                                     */
                                    dynamic: boolean;
                                    /** @description connect_timeout, seconds */
                                    connectTimeout?: number;
                                    /** @description retry: attempts before the check fails */
                                    retry?: number;
                                    /** @description delay_before_retry, seconds */
                                    delayBeforeRetry?: number;
                                } | {
                                    /** @constant */
                                    type: "DNS_CHECK";
                                    /** @description connect_port; the real server port when omitted */
                                    connectPort?: number;
                                    /** @description connect_timeout, seconds */
                                    connectTimeout?: number;
                                    /** @description retry: attempts before the check fails */
                                    retry?: number;
                                    /** @description delay_before_retry, seconds */
                                    delayBeforeRetry?: number;
                                    /** @default . */
                                    queryName: string;
                                    /**
                                     * @default SOA
                                     * @enum {string}
                                     */
                                    queryType: "A" | "NS" | "CNAME" | "SOA" | "MX" | "TXT" | "AAAA";
                                } | {
                                    /** @constant */
                                    type: "SMTP_CHECK";
                                    /** @description connect_port; the real server port when omitted */
                                    connectPort?: number;
                                    /** @description connect_timeout, seconds */
                                    connectTimeout?: number;
                                    /** @description retry: attempts before the check fails */
                                    retry?: number;
                                    /** @description delay_before_retry, seconds */
                                    delayBeforeRetry?: number;
                                    heloName?: string;
                                } | {
                                    /** @constant */
                                    type: "UDP_CHECK";
                                    /** @description connect_port; the real server port when omitted */
                                    connectPort?: number;
                                    /** @description connect_timeout, seconds */
                                    connectTimeout?: number;
                                    /** @description retry: attempts before the check fails */
                                    retry?: number;
                                    /** @description delay_before_retry, seconds */
                                    delayBeforeRetry?: number;
                                    /** @default false */
                                    requireReply: boolean;
                                } | {
                                    /** @constant */
                                    type: "PING_CHECK";
                                    /** @description connect_timeout, seconds */
                                    connectTimeout?: number;
                                    /** @description retry: attempts before the check fails */
                                    retry?: number;
                                    /** @description delay_before_retry, seconds */
                                    delayBeforeRetry?: number;
                                };
                            }[];
                        }[];
                    };
                };
            };
            /** @description The spec named by If-None-Match is current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Clusters_putSpec: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the cluster spec from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default lvs-console/v1
                     * @constant
                     */
                    apiVersion?: "lvs-console/v1";
                    name: string;
                    /** @default  */
                    description?: string;
                    /**
                     * @description keepalived: VRRP + checkers; ipvsadm: IPVS rules only
                     * @default keepalived
                     * @enum {string}
                     */
                    mode?: "keepalived" | "ipvsadm";
                    /** @default [] */
                    directors?: {
                        /** @description Also keepalived router_id */
                        name: string;
                        /** @description Address the console connects to over SSH; also unicast_src_ip */
                        address: string;
                        /** @default 22 */
                        sshPort?: number;
                        /** @default root */
                        sshUser?: string;
                        /** @description Name of the stored SSH credential */
                        credential?: string;
                        /** @default /etc/keepalived/keepalived.conf */
                        configPath?: string;
                        /**
                         * @default sighup
                         * @enum {string}
                         */
                        reloadMethod?: "systemctl" | "sighup";
                        /**
                         * @description keepalived parent pid file, for SIGHUP reloads
                         * @default /run/keepalived.pid
                         */
                        pidFile?: string;
                        /**
                         * @description Run privileged commands with sudo -n
                         * @default false
                         */
                        sudo?: boolean;
                    }[];
                    /** @default [] */
                    vrrpInstances?: {
                        name: string;
                        interface: string;
                        virtualRouterId: number;
                        /**
                         * @description advert_int, whole seconds (VRRPv2)
                         * @default 1
                         */
                        advertInt?: number;
                        /** @default false */
                        nopreempt?: boolean;
                        /** @description preempt_delay, seconds */
                        preemptDelay?: number;
                        /**
                         * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
                         * @default false
                         */
                        unicast?: boolean;
                        /** @description PASS authentication (VRRPv2); a secret: redacted in logs */
                        authPass?: string;
                        /** @default [] */
                        trackInterfaces?: string[];
                        garpMasterDelay?: number;
                        /** @default {} */
                        notify?: {
                            master?: string;
                            backup?: string;
                            fault?: string;
                            stop?: string;
                            any?: string;
                        };
                        members: {
                            director: string;
                            priority: number;
                            /**
                             * @default BACKUP
                             * @enum {string}
                             */
                            state?: "MASTER" | "BACKUP";
                        }[];
                        /** @default [] */
                        vips?: {
                            /**
                             * @description Address with optional prefix length
                             * @example 192.0.2.10/24
                             */
                            address: string;
                            dev?: string;
                            label?: string;
                        }[];
                    }[];
                    /** @default [] */
                    vrrpSyncGroups?: {
                        name: string;
                        instances: string[];
                    }[];
                    /** @default [] */
                    virtualServices?: {
                        /** @description Virtual IP; omit when fwmark is set */
                        vip?: string;
                        /** @description Virtual port; omit for fwmark services or "all ports" (0 in keepalived) */
                        port?: number;
                        /**
                         * @default TCP
                         * @enum {string}
                         */
                        protocol?: "TCP" | "UDP" | "SCTP";
                        /** @description Firewall mark, instead of VIP:port */
                        fwmark?: number;
                        /**
                         * @description Address family of a fwmark service (default inet)
                         * @enum {string}
                         */
                        family?: "inet" | "inet6";
                        /**
                         * @default wlc
                         * @enum {string}
                         */
                        scheduler?: "rr" | "wrr" | "lc" | "wlc" | "lblc" | "lblcr" | "dh" | "sh" | "sed" | "nq" | "mh" | "fo" | "ovf" | "twos";
                        /**
                         * @default DR
                         * @enum {string}
                         */
                        forwarding?: "DR" | "NAT" | "TUN";
                        persistence?: {
                            timeout: number;
                            /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                            netmask?: string;
                        };
                        quorum?: number;
                        hysteresis?: number;
                        quorumUp?: string;
                        quorumDown?: string;
                        /**
                         * @description alpha: start real servers as down until their check passes
                         * @default false
                         */
                        alpha?: boolean;
                        /**
                         * @description omega: run quorum_down when the service is removed
                         * @default false
                         */
                        omega?: boolean;
                        /**
                         * @description delay_loop: seconds between health checks
                         * @default 6
                         */
                        delayLoop?: number;
                        sorryServer?: {
                            address: string;
                            port?: number;
                        };
                        virtualhost?: string;
                        /** @default [] */
                        realServers?: {
                            address: string;
                            /** @description Omitted for fwmark services or DR with "any port". */
                            port?: number;
                            /** @default 1 */
                            weight?: number;
                            /**
                             * @description lvs_method override for this real server
                             * @enum {string}
                             */
                            forwarding?: "DR" | "NAT" | "TUN";
                            /** @description uthreshold: max connections */
                            upperThreshold?: number;
                            /** @description lthreshold: resume below this many connections */
                            lowerThreshold?: number;
                            /**
                             * @description inhibit_on_failure: set weight 0 instead of removing on failure
                             * @default false
                             */
                            inhibitOnFailure?: boolean;
                            /**
                             * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
                             * @default enabled
                             * @enum {string}
                             */
                            adminState?: "enabled" | "drained" | "disabled";
                            healthCheck?: {
                                /** @constant */
                                type: "TCP_CHECK";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                            } | {
                                /** @constant */
                                type: "HTTP_GET";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                                urls: {
                                    path: string & (unknown & unknown);
                                    statusCode?: number;
                                    digest?: string;
                                }[];
                            } | {
                                /** @constant */
                                type: "SSL_GET";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                                urls: {
                                    path: string & (unknown & unknown);
                                    statusCode?: number;
                                    digest?: string;
                                }[];
                            } | {
                                /** @constant */
                                type: "MISC_CHECK";
                                /** @example /usr/local/bin/check_app.sh 10.0.0.11 */
                                script: string;
                                /** @description misc_timeout, seconds */
                                timeout?: number;
                                /**
                                 * @description misc_dynamic: exit codes 2-255 set the weight
                                 * @default false
                                 */
                                dynamic?: boolean;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                            } | {
                                /** @constant */
                                type: "DNS_CHECK";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                                /** @default . */
                                queryName?: string;
                                /**
                                 * @default SOA
                                 * @enum {string}
                                 */
                                queryType?: "A" | "NS" | "CNAME" | "SOA" | "MX" | "TXT" | "AAAA";
                            } | {
                                /** @constant */
                                type: "SMTP_CHECK";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                                heloName?: string;
                            } | {
                                /** @constant */
                                type: "UDP_CHECK";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                                /** @default false */
                                requireReply?: boolean;
                            } | {
                                /** @constant */
                                type: "PING_CHECK";
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                            };
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Applied; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The cluster version after the write (the new ETag of the spec) */
                        version: number;
                        /** @description Keys of what the write added: director:lb3, vrrpInstance:VI_1, vrrpSyncGroup:SG, virtualService:10.0.0.1:80/TCP, realServer:10.0.0.1:80/TCP>10.0.0.13:80 */
                        created: string[];
                        /** @description Keys of what it changed (`cluster` for name, description or mode) */
                        changed: string[];
                        /** @description Keys of what it removed */
                        deleted: string[];
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Clusters_adminState: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the cluster spec from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Key of the virtual service: 10.0.0.1:80/TCP, [2001:db8::1]:443/TCP or fwmark:7
                     * @example 10.213.1.10:80/TCP
                     */
                    virtualService: string;
                    /**
                     * @description Key of the real server: 10.0.0.11:80
                     * @example 10.213.0.21:80
                     */
                    realServer: string;
                    /**
                     * @description enabled; drained = weight 0 (existing connections finish); disabled = removed from the config
                     * @enum {string}
                     */
                    adminState: "enabled" | "drained" | "disabled";
                };
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The cluster version after the write (the new ETag of the spec) */
                        version: number;
                        /** @description Keys of what the write added: director:lb3, vrrpInstance:VI_1, vrrpSyncGroup:SG, virtualService:10.0.0.1:80/TCP, realServer:10.0.0.1:80/TCP>10.0.0.13:80 */
                        created: string[];
                        /** @description Keys of what it changed (`cluster` for name, description or mode) */
                        changed: string[];
                        /** @description Keys of what it removed */
                        deleted: string[];
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Directors_list: {
        parameters: {
            query?: {
                /** @description Substring of the name or address */
                q?: string;
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of directors with the total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Also keepalived router_id */
                            name: string;
                            /** @description Address the console connects to over SSH; also unicast_src_ip */
                            address: string;
                            /** @default 22 */
                            sshPort: number;
                            /** @default root */
                            sshUser: string;
                            /** @description Name of the stored SSH credential */
                            credential?: string;
                            /** @default /etc/keepalived/keepalived.conf */
                            configPath: string;
                            /**
                             * @default sighup
                             * @enum {string}
                             */
                            reloadMethod: "systemctl" | "sighup";
                            /**
                             * @description keepalived parent pid file, for SIGHUP reloads
                             * @default /run/keepalived.pid
                             */
                            pidFile: string;
                            /**
                             * @description Run privileged commands with sudo -n
                             * @default false
                             */
                            sudo: boolean;
                        }[];
                        /** @description Items matching the filters, over all pages */
                        total: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Directors_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Also keepalived router_id */
                    name: string;
                    /** @description Address the console connects to over SSH; also unicast_src_ip */
                    address: string;
                    /** @default 22 */
                    sshPort?: number;
                    /** @default root */
                    sshUser?: string;
                    /** @description Name of the stored SSH credential */
                    credential?: string;
                    /** @default /etc/keepalived/keepalived.conf */
                    configPath?: string;
                    /**
                     * @default sighup
                     * @enum {string}
                     */
                    reloadMethod?: "systemctl" | "sighup";
                    /**
                     * @description keepalived parent pid file, for SIGHUP reloads
                     * @default /run/keepalived.pid
                     */
                    pidFile?: string;
                    /**
                     * @description Run privileged commands with sudo -n
                     * @default false
                     */
                    sudo?: boolean;
                };
            };
        };
        responses: {
            /** @description Created; ETag and Location headers; cluster-wide warnings in `warnings`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Also keepalived router_id */
                        name: string;
                        /** @description Address the console connects to over SSH; also unicast_src_ip */
                        address: string;
                        /** @default 22 */
                        sshPort: number;
                        /** @default root */
                        sshUser: string;
                        /** @description Name of the stored SSH credential */
                        credential?: string;
                        /** @default /etc/keepalived/keepalived.conf */
                        configPath: string;
                        /**
                         * @default sighup
                         * @enum {string}
                         */
                        reloadMethod: "systemctl" | "sighup";
                        /**
                         * @description keepalived parent pid file, for SIGHUP reloads
                         * @default /run/keepalived.pid
                         */
                        pidFile: string;
                        /**
                         * @description Run privileged commands with sudo -n
                         * @default false
                         */
                        sudo: boolean;
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Directors_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The director */
                directorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The director. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Also keepalived router_id */
                        name: string;
                        /** @description Address the console connects to over SSH; also unicast_src_ip */
                        address: string;
                        /** @default 22 */
                        sshPort: number;
                        /** @default root */
                        sshUser: string;
                        /** @description Name of the stored SSH credential */
                        credential?: string;
                        /** @default /etc/keepalived/keepalived.conf */
                        configPath: string;
                        /**
                         * @default sighup
                         * @enum {string}
                         */
                        reloadMethod: "systemctl" | "sighup";
                        /**
                         * @description keepalived parent pid file, for SIGHUP reloads
                         * @default /run/keepalived.pid
                         */
                        pidFile: string;
                        /**
                         * @description Run privileged commands with sudo -n
                         * @default false
                         */
                        sudo: boolean;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Directors_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the director from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The director */
                directorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Also keepalived router_id */
                    name: string;
                    /** @description Address the console connects to over SSH; also unicast_src_ip */
                    address: string;
                    /** @default 22 */
                    sshPort?: number;
                    /** @default root */
                    sshUser?: string;
                    /** @description Name of the stored SSH credential */
                    credential?: string;
                    /** @default /etc/keepalived/keepalived.conf */
                    configPath?: string;
                    /**
                     * @default sighup
                     * @enum {string}
                     */
                    reloadMethod?: "systemctl" | "sighup";
                    /**
                     * @description keepalived parent pid file, for SIGHUP reloads
                     * @default /run/keepalived.pid
                     */
                    pidFile?: string;
                    /**
                     * @description Run privileged commands with sudo -n
                     * @default false
                     */
                    sudo?: boolean;
                };
            };
        };
        responses: {
            /** @description Replaced; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Also keepalived router_id */
                        name: string;
                        /** @description Address the console connects to over SSH; also unicast_src_ip */
                        address: string;
                        /** @default 22 */
                        sshPort: number;
                        /** @default root */
                        sshUser: string;
                        /** @description Name of the stored SSH credential */
                        credential?: string;
                        /** @default /etc/keepalived/keepalived.conf */
                        configPath: string;
                        /**
                         * @default sighup
                         * @enum {string}
                         */
                        reloadMethod: "systemctl" | "sighup";
                        /**
                         * @description keepalived parent pid file, for SIGHUP reloads
                         * @default /run/keepalived.pid
                         */
                        pidFile: string;
                        /**
                         * @description Run privileged commands with sudo -n
                         * @default false
                         */
                        sudo: boolean;
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Directors_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the director from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The director */
                directorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Directors_patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the director from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The director */
                directorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Also keepalived router_id */
                    name?: string;
                    /** @description Address the console connects to over SSH; also unicast_src_ip */
                    address?: string;
                    sshPort?: number;
                    sshUser?: string;
                    /** @description Name of the stored SSH credential */
                    credential?: string | null;
                    configPath?: string;
                    /** @enum {string} */
                    reloadMethod?: "systemctl" | "sighup";
                    /** @description keepalived parent pid file, for SIGHUP reloads */
                    pidFile?: string;
                    /** @description Run privileged commands with sudo -n */
                    sudo?: boolean;
                };
            };
        };
        responses: {
            /** @description Updated; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Also keepalived router_id */
                        name: string;
                        /** @description Address the console connects to over SSH; also unicast_src_ip */
                        address: string;
                        /** @default 22 */
                        sshPort: number;
                        /** @default root */
                        sshUser: string;
                        /** @description Name of the stored SSH credential */
                        credential?: string;
                        /** @default /etc/keepalived/keepalived.conf */
                        configPath: string;
                        /**
                         * @default sighup
                         * @enum {string}
                         */
                        reloadMethod: "systemctl" | "sighup";
                        /**
                         * @description keepalived parent pid file, for SIGHUP reloads
                         * @default /run/keepalived.pid
                         */
                        pidFile: string;
                        /**
                         * @description Run privileged commands with sudo -n
                         * @default false
                         */
                        sudo: boolean;
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VrrpInstances_list: {
        parameters: {
            query?: {
                /** @description Substring of the name or interface */
                q?: string;
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of VRRP instances with the total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            name: string;
                            interface: string;
                            virtualRouterId: number;
                            /**
                             * @description advert_int, whole seconds (VRRPv2)
                             * @default 1
                             */
                            advertInt: number;
                            /** @default false */
                            nopreempt: boolean;
                            /** @description preempt_delay, seconds */
                            preemptDelay?: number;
                            /**
                             * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
                             * @default false
                             */
                            unicast: boolean;
                            /** @description PASS authentication (VRRPv2); a secret: redacted in logs */
                            authPass?: string;
                            /** @default [] */
                            trackInterfaces: string[];
                            garpMasterDelay?: number;
                            /** @default {} */
                            notify: {
                                master?: string;
                                backup?: string;
                                fault?: string;
                                stop?: string;
                                any?: string;
                            };
                            members: {
                                director: string;
                                priority: number;
                                /**
                                 * @default BACKUP
                                 * @enum {string}
                                 */
                                state: "MASTER" | "BACKUP";
                            }[];
                            /** @default [] */
                            vips: {
                                /**
                                 * @description Address with optional prefix length
                                 * @example 192.0.2.10/24
                                 */
                                address: string;
                                dev?: string;
                                label?: string;
                            }[];
                        }[];
                        /** @description Items matching the filters, over all pages */
                        total: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VrrpInstances_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    interface: string;
                    virtualRouterId: number;
                    /**
                     * @description advert_int, whole seconds (VRRPv2)
                     * @default 1
                     */
                    advertInt?: number;
                    /** @default false */
                    nopreempt?: boolean;
                    /** @description preempt_delay, seconds */
                    preemptDelay?: number;
                    /**
                     * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
                     * @default false
                     */
                    unicast?: boolean;
                    /** @description PASS authentication (VRRPv2); a secret: redacted in logs */
                    authPass?: string;
                    /** @default [] */
                    trackInterfaces?: string[];
                    garpMasterDelay?: number;
                    /** @default {} */
                    notify?: {
                        master?: string;
                        backup?: string;
                        fault?: string;
                        stop?: string;
                        any?: string;
                    };
                    members: {
                        director: string;
                        priority: number;
                        /**
                         * @default BACKUP
                         * @enum {string}
                         */
                        state?: "MASTER" | "BACKUP";
                    }[];
                    /** @default [] */
                    vips?: {
                        /**
                         * @description Address with optional prefix length
                         * @example 192.0.2.10/24
                         */
                        address: string;
                        dev?: string;
                        label?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Created; ETag and Location headers; cluster-wide warnings in `warnings`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        name: string;
                        interface: string;
                        virtualRouterId: number;
                        /**
                         * @description advert_int, whole seconds (VRRPv2)
                         * @default 1
                         */
                        advertInt: number;
                        /** @default false */
                        nopreempt: boolean;
                        /** @description preempt_delay, seconds */
                        preemptDelay?: number;
                        /**
                         * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
                         * @default false
                         */
                        unicast: boolean;
                        /** @description PASS authentication (VRRPv2); a secret: redacted in logs */
                        authPass?: string;
                        /** @default [] */
                        trackInterfaces: string[];
                        garpMasterDelay?: number;
                        /** @default {} */
                        notify: {
                            master?: string;
                            backup?: string;
                            fault?: string;
                            stop?: string;
                            any?: string;
                        };
                        members: {
                            director: string;
                            priority: number;
                            /**
                             * @default BACKUP
                             * @enum {string}
                             */
                            state: "MASTER" | "BACKUP";
                        }[];
                        /** @default [] */
                        vips: {
                            /**
                             * @description Address with optional prefix length
                             * @example 192.0.2.10/24
                             */
                            address: string;
                            dev?: string;
                            label?: string;
                        }[];
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VrrpInstances_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The VRRP instance */
                instanceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VRRP instance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        name: string;
                        interface: string;
                        virtualRouterId: number;
                        /**
                         * @description advert_int, whole seconds (VRRPv2)
                         * @default 1
                         */
                        advertInt: number;
                        /** @default false */
                        nopreempt: boolean;
                        /** @description preempt_delay, seconds */
                        preemptDelay?: number;
                        /**
                         * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
                         * @default false
                         */
                        unicast: boolean;
                        /** @description PASS authentication (VRRPv2); a secret: redacted in logs */
                        authPass?: string;
                        /** @default [] */
                        trackInterfaces: string[];
                        garpMasterDelay?: number;
                        /** @default {} */
                        notify: {
                            master?: string;
                            backup?: string;
                            fault?: string;
                            stop?: string;
                            any?: string;
                        };
                        members: {
                            director: string;
                            priority: number;
                            /**
                             * @default BACKUP
                             * @enum {string}
                             */
                            state: "MASTER" | "BACKUP";
                        }[];
                        /** @default [] */
                        vips: {
                            /**
                             * @description Address with optional prefix length
                             * @example 192.0.2.10/24
                             */
                            address: string;
                            dev?: string;
                            label?: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VrrpInstances_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the VRRP instance from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The VRRP instance */
                instanceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    interface: string;
                    virtualRouterId: number;
                    /**
                     * @description advert_int, whole seconds (VRRPv2)
                     * @default 1
                     */
                    advertInt?: number;
                    /** @default false */
                    nopreempt?: boolean;
                    /** @description preempt_delay, seconds */
                    preemptDelay?: number;
                    /**
                     * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
                     * @default false
                     */
                    unicast?: boolean;
                    /** @description PASS authentication (VRRPv2); a secret: redacted in logs */
                    authPass?: string;
                    /** @default [] */
                    trackInterfaces?: string[];
                    garpMasterDelay?: number;
                    /** @default {} */
                    notify?: {
                        master?: string;
                        backup?: string;
                        fault?: string;
                        stop?: string;
                        any?: string;
                    };
                    members: {
                        director: string;
                        priority: number;
                        /**
                         * @default BACKUP
                         * @enum {string}
                         */
                        state?: "MASTER" | "BACKUP";
                    }[];
                    /** @default [] */
                    vips?: {
                        /**
                         * @description Address with optional prefix length
                         * @example 192.0.2.10/24
                         */
                        address: string;
                        dev?: string;
                        label?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Replaced; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        name: string;
                        interface: string;
                        virtualRouterId: number;
                        /**
                         * @description advert_int, whole seconds (VRRPv2)
                         * @default 1
                         */
                        advertInt: number;
                        /** @default false */
                        nopreempt: boolean;
                        /** @description preempt_delay, seconds */
                        preemptDelay?: number;
                        /**
                         * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
                         * @default false
                         */
                        unicast: boolean;
                        /** @description PASS authentication (VRRPv2); a secret: redacted in logs */
                        authPass?: string;
                        /** @default [] */
                        trackInterfaces: string[];
                        garpMasterDelay?: number;
                        /** @default {} */
                        notify: {
                            master?: string;
                            backup?: string;
                            fault?: string;
                            stop?: string;
                            any?: string;
                        };
                        members: {
                            director: string;
                            priority: number;
                            /**
                             * @default BACKUP
                             * @enum {string}
                             */
                            state: "MASTER" | "BACKUP";
                        }[];
                        /** @default [] */
                        vips: {
                            /**
                             * @description Address with optional prefix length
                             * @example 192.0.2.10/24
                             */
                            address: string;
                            dev?: string;
                            label?: string;
                        }[];
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VrrpInstances_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the VRRP instance from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The VRRP instance */
                instanceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VrrpInstances_patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the VRRP instance from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The VRRP instance */
                instanceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    interface?: string;
                    virtualRouterId?: number;
                    /** @description advert_int, whole seconds (VRRPv2) */
                    advertInt?: number;
                    nopreempt?: boolean;
                    /** @description preempt_delay, seconds */
                    preemptDelay?: number | null;
                    /** @description Use unicast_src_ip/unicast_peer between the members instead of multicast */
                    unicast?: boolean;
                    /** @description PASS authentication (VRRPv2); a secret: redacted in logs */
                    authPass?: string | null;
                    trackInterfaces?: string[];
                    garpMasterDelay?: number | null;
                    notify?: {
                        master?: string;
                        backup?: string;
                        fault?: string;
                        stop?: string;
                        any?: string;
                    };
                    members?: {
                        director: string;
                        priority: number;
                        /**
                         * @default BACKUP
                         * @enum {string}
                         */
                        state?: "MASTER" | "BACKUP";
                    }[];
                    vips?: {
                        /**
                         * @description Address with optional prefix length
                         * @example 192.0.2.10/24
                         */
                        address: string;
                        dev?: string;
                        label?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Updated; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        name: string;
                        interface: string;
                        virtualRouterId: number;
                        /**
                         * @description advert_int, whole seconds (VRRPv2)
                         * @default 1
                         */
                        advertInt: number;
                        /** @default false */
                        nopreempt: boolean;
                        /** @description preempt_delay, seconds */
                        preemptDelay?: number;
                        /**
                         * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
                         * @default false
                         */
                        unicast: boolean;
                        /** @description PASS authentication (VRRPv2); a secret: redacted in logs */
                        authPass?: string;
                        /** @default [] */
                        trackInterfaces: string[];
                        garpMasterDelay?: number;
                        /** @default {} */
                        notify: {
                            master?: string;
                            backup?: string;
                            fault?: string;
                            stop?: string;
                            any?: string;
                        };
                        members: {
                            director: string;
                            priority: number;
                            /**
                             * @default BACKUP
                             * @enum {string}
                             */
                            state: "MASTER" | "BACKUP";
                        }[];
                        /** @default [] */
                        vips: {
                            /**
                             * @description Address with optional prefix length
                             * @example 192.0.2.10/24
                             */
                            address: string;
                            dev?: string;
                            label?: string;
                        }[];
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VrrpSyncGroups_list: {
        parameters: {
            query?: {
                /** @description Substring of the name */
                q?: string;
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sync groups with the total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            name: string;
                            instances: string[];
                        }[];
                        /** @description Items matching the filters, over all pages */
                        total: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VrrpSyncGroups_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    instances: string[];
                };
            };
        };
        responses: {
            /** @description Created; ETag and Location headers; cluster-wide warnings in `warnings`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        name: string;
                        instances: string[];
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VrrpSyncGroups_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The VRRP sync group */
                syncGroupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sync group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        name: string;
                        instances: string[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VrrpSyncGroups_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the sync group from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The VRRP sync group */
                syncGroupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    instances: string[];
                };
            };
        };
        responses: {
            /** @description Replaced; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        name: string;
                        instances: string[];
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VrrpSyncGroups_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the sync group from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The VRRP sync group */
                syncGroupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VrrpSyncGroups_patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the sync group from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The VRRP sync group */
                syncGroupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    instances?: string[];
                };
            };
        };
        responses: {
            /** @description Updated; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        name: string;
                        instances: string[];
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VirtualServices_list: {
        parameters: {
            query?: {
                /** @description Substring of the key (VIP:port/protocol or fwmark:N) */
                q?: string;
                protocol?: "TCP" | "UDP" | "SCTP";
                forwarding?: "DR" | "NAT" | "TUN";
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of virtual services with the total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Natural key, as in spec diffs: 10.0.0.1:80/TCP, [2001:db8::1]:443/TCP or fwmark:7 */
                            key: string;
                            /** @description Virtual IP; omit when fwmark is set */
                            vip?: string;
                            /** @description Virtual port; omit for fwmark services or "all ports" (0 in keepalived) */
                            port?: number;
                            /**
                             * @default TCP
                             * @enum {string}
                             */
                            protocol: "TCP" | "UDP" | "SCTP";
                            /** @description Firewall mark, instead of VIP:port */
                            fwmark?: number;
                            /**
                             * @description Address family of a fwmark service (default inet)
                             * @enum {string}
                             */
                            family?: "inet" | "inet6";
                            /**
                             * @default wlc
                             * @enum {string}
                             */
                            scheduler: "rr" | "wrr" | "lc" | "wlc" | "lblc" | "lblcr" | "dh" | "sh" | "sed" | "nq" | "mh" | "fo" | "ovf" | "twos";
                            /**
                             * @default DR
                             * @enum {string}
                             */
                            forwarding: "DR" | "NAT" | "TUN";
                            persistence?: {
                                timeout: number;
                                /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                                netmask?: string;
                            };
                            quorum?: number;
                            hysteresis?: number;
                            quorumUp?: string;
                            quorumDown?: string;
                            /**
                             * @description alpha: start real servers as down until their check passes
                             * @default false
                             */
                            alpha: boolean;
                            /**
                             * @description omega: run quorum_down when the service is removed
                             * @default false
                             */
                            omega: boolean;
                            /**
                             * @description delay_loop: seconds between health checks
                             * @default 6
                             */
                            delayLoop: number;
                            sorryServer?: {
                                address: string;
                                port?: number;
                            };
                            virtualhost?: string;
                        }[];
                        /** @description Items matching the filters, over all pages */
                        total: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VirtualServices_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Virtual IP; omit when fwmark is set */
                    vip?: string;
                    /** @description Virtual port; omit for fwmark services or "all ports" (0 in keepalived) */
                    port?: number;
                    /**
                     * @default TCP
                     * @enum {string}
                     */
                    protocol?: "TCP" | "UDP" | "SCTP";
                    /** @description Firewall mark, instead of VIP:port */
                    fwmark?: number;
                    /**
                     * @description Address family of a fwmark service (default inet)
                     * @enum {string}
                     */
                    family?: "inet" | "inet6";
                    /**
                     * @default wlc
                     * @enum {string}
                     */
                    scheduler?: "rr" | "wrr" | "lc" | "wlc" | "lblc" | "lblcr" | "dh" | "sh" | "sed" | "nq" | "mh" | "fo" | "ovf" | "twos";
                    /**
                     * @default DR
                     * @enum {string}
                     */
                    forwarding?: "DR" | "NAT" | "TUN";
                    persistence?: {
                        timeout: number;
                        /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                        netmask?: string;
                    };
                    quorum?: number;
                    hysteresis?: number;
                    quorumUp?: string;
                    quorumDown?: string;
                    /**
                     * @description alpha: start real servers as down until their check passes
                     * @default false
                     */
                    alpha?: boolean;
                    /**
                     * @description omega: run quorum_down when the service is removed
                     * @default false
                     */
                    omega?: boolean;
                    /**
                     * @description delay_loop: seconds between health checks
                     * @default 6
                     */
                    delayLoop?: number;
                    sorryServer?: {
                        address: string;
                        port?: number;
                    };
                    virtualhost?: string;
                };
            };
        };
        responses: {
            /** @description Created; ETag and Location headers; cluster-wide warnings in `warnings`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Natural key, as in spec diffs: 10.0.0.1:80/TCP, [2001:db8::1]:443/TCP or fwmark:7 */
                        key: string;
                        /** @description Virtual IP; omit when fwmark is set */
                        vip?: string;
                        /** @description Virtual port; omit for fwmark services or "all ports" (0 in keepalived) */
                        port?: number;
                        /**
                         * @default TCP
                         * @enum {string}
                         */
                        protocol: "TCP" | "UDP" | "SCTP";
                        /** @description Firewall mark, instead of VIP:port */
                        fwmark?: number;
                        /**
                         * @description Address family of a fwmark service (default inet)
                         * @enum {string}
                         */
                        family?: "inet" | "inet6";
                        /**
                         * @default wlc
                         * @enum {string}
                         */
                        scheduler: "rr" | "wrr" | "lc" | "wlc" | "lblc" | "lblcr" | "dh" | "sh" | "sed" | "nq" | "mh" | "fo" | "ovf" | "twos";
                        /**
                         * @default DR
                         * @enum {string}
                         */
                        forwarding: "DR" | "NAT" | "TUN";
                        persistence?: {
                            timeout: number;
                            /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                            netmask?: string;
                        };
                        quorum?: number;
                        hysteresis?: number;
                        quorumUp?: string;
                        quorumDown?: string;
                        /**
                         * @description alpha: start real servers as down until their check passes
                         * @default false
                         */
                        alpha: boolean;
                        /**
                         * @description omega: run quorum_down when the service is removed
                         * @default false
                         */
                        omega: boolean;
                        /**
                         * @description delay_loop: seconds between health checks
                         * @default 6
                         */
                        delayLoop: number;
                        sorryServer?: {
                            address: string;
                            port?: number;
                        };
                        virtualhost?: string;
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VirtualServices_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The virtual service */
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The virtual service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Natural key, as in spec diffs: 10.0.0.1:80/TCP, [2001:db8::1]:443/TCP or fwmark:7 */
                        key: string;
                        /** @description Virtual IP; omit when fwmark is set */
                        vip?: string;
                        /** @description Virtual port; omit for fwmark services or "all ports" (0 in keepalived) */
                        port?: number;
                        /**
                         * @default TCP
                         * @enum {string}
                         */
                        protocol: "TCP" | "UDP" | "SCTP";
                        /** @description Firewall mark, instead of VIP:port */
                        fwmark?: number;
                        /**
                         * @description Address family of a fwmark service (default inet)
                         * @enum {string}
                         */
                        family?: "inet" | "inet6";
                        /**
                         * @default wlc
                         * @enum {string}
                         */
                        scheduler: "rr" | "wrr" | "lc" | "wlc" | "lblc" | "lblcr" | "dh" | "sh" | "sed" | "nq" | "mh" | "fo" | "ovf" | "twos";
                        /**
                         * @default DR
                         * @enum {string}
                         */
                        forwarding: "DR" | "NAT" | "TUN";
                        persistence?: {
                            timeout: number;
                            /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                            netmask?: string;
                        };
                        quorum?: number;
                        hysteresis?: number;
                        quorumUp?: string;
                        quorumDown?: string;
                        /**
                         * @description alpha: start real servers as down until their check passes
                         * @default false
                         */
                        alpha: boolean;
                        /**
                         * @description omega: run quorum_down when the service is removed
                         * @default false
                         */
                        omega: boolean;
                        /**
                         * @description delay_loop: seconds between health checks
                         * @default 6
                         */
                        delayLoop: number;
                        sorryServer?: {
                            address: string;
                            port?: number;
                        };
                        virtualhost?: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VirtualServices_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the virtual service from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The virtual service */
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Virtual IP; omit when fwmark is set */
                    vip?: string;
                    /** @description Virtual port; omit for fwmark services or "all ports" (0 in keepalived) */
                    port?: number;
                    /**
                     * @default TCP
                     * @enum {string}
                     */
                    protocol?: "TCP" | "UDP" | "SCTP";
                    /** @description Firewall mark, instead of VIP:port */
                    fwmark?: number;
                    /**
                     * @description Address family of a fwmark service (default inet)
                     * @enum {string}
                     */
                    family?: "inet" | "inet6";
                    /**
                     * @default wlc
                     * @enum {string}
                     */
                    scheduler?: "rr" | "wrr" | "lc" | "wlc" | "lblc" | "lblcr" | "dh" | "sh" | "sed" | "nq" | "mh" | "fo" | "ovf" | "twos";
                    /**
                     * @default DR
                     * @enum {string}
                     */
                    forwarding?: "DR" | "NAT" | "TUN";
                    persistence?: {
                        timeout: number;
                        /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                        netmask?: string;
                    };
                    quorum?: number;
                    hysteresis?: number;
                    quorumUp?: string;
                    quorumDown?: string;
                    /**
                     * @description alpha: start real servers as down until their check passes
                     * @default false
                     */
                    alpha?: boolean;
                    /**
                     * @description omega: run quorum_down when the service is removed
                     * @default false
                     */
                    omega?: boolean;
                    /**
                     * @description delay_loop: seconds between health checks
                     * @default 6
                     */
                    delayLoop?: number;
                    sorryServer?: {
                        address: string;
                        port?: number;
                    };
                    virtualhost?: string;
                };
            };
        };
        responses: {
            /** @description Replaced; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Natural key, as in spec diffs: 10.0.0.1:80/TCP, [2001:db8::1]:443/TCP or fwmark:7 */
                        key: string;
                        /** @description Virtual IP; omit when fwmark is set */
                        vip?: string;
                        /** @description Virtual port; omit for fwmark services or "all ports" (0 in keepalived) */
                        port?: number;
                        /**
                         * @default TCP
                         * @enum {string}
                         */
                        protocol: "TCP" | "UDP" | "SCTP";
                        /** @description Firewall mark, instead of VIP:port */
                        fwmark?: number;
                        /**
                         * @description Address family of a fwmark service (default inet)
                         * @enum {string}
                         */
                        family?: "inet" | "inet6";
                        /**
                         * @default wlc
                         * @enum {string}
                         */
                        scheduler: "rr" | "wrr" | "lc" | "wlc" | "lblc" | "lblcr" | "dh" | "sh" | "sed" | "nq" | "mh" | "fo" | "ovf" | "twos";
                        /**
                         * @default DR
                         * @enum {string}
                         */
                        forwarding: "DR" | "NAT" | "TUN";
                        persistence?: {
                            timeout: number;
                            /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                            netmask?: string;
                        };
                        quorum?: number;
                        hysteresis?: number;
                        quorumUp?: string;
                        quorumDown?: string;
                        /**
                         * @description alpha: start real servers as down until their check passes
                         * @default false
                         */
                        alpha: boolean;
                        /**
                         * @description omega: run quorum_down when the service is removed
                         * @default false
                         */
                        omega: boolean;
                        /**
                         * @description delay_loop: seconds between health checks
                         * @default 6
                         */
                        delayLoop: number;
                        sorryServer?: {
                            address: string;
                            port?: number;
                        };
                        virtualhost?: string;
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VirtualServices_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the virtual service from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The virtual service */
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    VirtualServices_patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the virtual service from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The virtual service */
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Virtual IP; omit when fwmark is set */
                    vip?: (string) | null;
                    /** @description Virtual port; omit for fwmark services or "all ports" (0 in keepalived) */
                    port?: number | null;
                    /** @enum {string} */
                    protocol?: "TCP" | "UDP" | "SCTP";
                    /** @description Firewall mark, instead of VIP:port */
                    fwmark?: number | null;
                    /** @description Address family of a fwmark service (default inet) */
                    family?: ("inet" | "inet6") | null;
                    /** @enum {string} */
                    scheduler?: "rr" | "wrr" | "lc" | "wlc" | "lblc" | "lblcr" | "dh" | "sh" | "sed" | "nq" | "mh" | "fo" | "ovf" | "twos";
                    /** @enum {string} */
                    forwarding?: "DR" | "NAT" | "TUN";
                    persistence?: {
                        timeout: number;
                        /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                        netmask?: string;
                    } | null;
                    quorum?: number | null;
                    hysteresis?: number | null;
                    quorumUp?: string | null;
                    quorumDown?: string | null;
                    /** @description alpha: start real servers as down until their check passes */
                    alpha?: boolean;
                    /** @description omega: run quorum_down when the service is removed */
                    omega?: boolean;
                    /** @description delay_loop: seconds between health checks */
                    delayLoop?: number;
                    sorryServer?: {
                        address: string;
                        port?: number;
                    } | null;
                    virtualhost?: string | null;
                };
            };
        };
        responses: {
            /** @description Updated; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description Natural key, as in spec diffs: 10.0.0.1:80/TCP, [2001:db8::1]:443/TCP or fwmark:7 */
                        key: string;
                        /** @description Virtual IP; omit when fwmark is set */
                        vip?: string;
                        /** @description Virtual port; omit for fwmark services or "all ports" (0 in keepalived) */
                        port?: number;
                        /**
                         * @default TCP
                         * @enum {string}
                         */
                        protocol: "TCP" | "UDP" | "SCTP";
                        /** @description Firewall mark, instead of VIP:port */
                        fwmark?: number;
                        /**
                         * @description Address family of a fwmark service (default inet)
                         * @enum {string}
                         */
                        family?: "inet" | "inet6";
                        /**
                         * @default wlc
                         * @enum {string}
                         */
                        scheduler: "rr" | "wrr" | "lc" | "wlc" | "lblc" | "lblcr" | "dh" | "sh" | "sed" | "nq" | "mh" | "fo" | "ovf" | "twos";
                        /**
                         * @default DR
                         * @enum {string}
                         */
                        forwarding: "DR" | "NAT" | "TUN";
                        persistence?: {
                            timeout: number;
                            /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                            netmask?: string;
                        };
                        quorum?: number;
                        hysteresis?: number;
                        quorumUp?: string;
                        quorumDown?: string;
                        /**
                         * @description alpha: start real servers as down until their check passes
                         * @default false
                         */
                        alpha: boolean;
                        /**
                         * @description omega: run quorum_down when the service is removed
                         * @default false
                         */
                        omega: boolean;
                        /**
                         * @description delay_loop: seconds between health checks
                         * @default 6
                         */
                        delayLoop: number;
                        sorryServer?: {
                            address: string;
                            port?: number;
                        };
                        virtualhost?: string;
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    RealServers_list: {
        parameters: {
            query?: {
                /** @description Substring of the key (address:port) */
                q?: string;
                /** @description Only real servers in this admin state */
                adminState?: "enabled" | "drained" | "disabled";
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The virtual service */
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of real servers with the total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            virtualServiceId: string;
                            /** @description Natural key within the service: 10.0.0.11:80 or [2001:db8::11]:80 */
                            key: string;
                            address: string;
                            /** @description Omitted for fwmark services or DR with "any port". */
                            port?: number;
                            /** @default 1 */
                            weight: number;
                            /**
                             * @description lvs_method override for this real server
                             * @enum {string}
                             */
                            forwarding?: "DR" | "NAT" | "TUN";
                            /** @description uthreshold: max connections */
                            upperThreshold?: number;
                            /** @description lthreshold: resume below this many connections */
                            lowerThreshold?: number;
                            /**
                             * @description inhibit_on_failure: set weight 0 instead of removing on failure
                             * @default false
                             */
                            inhibitOnFailure: boolean;
                            /**
                             * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
                             * @default enabled
                             * @enum {string}
                             */
                            adminState: "enabled" | "drained" | "disabled";
                            healthCheck?: {
                                /** @constant */
                                type: "TCP_CHECK";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                            } | {
                                /** @constant */
                                type: "HTTP_GET";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                                urls: {
                                    path: string & (unknown & unknown);
                                    statusCode?: number;
                                    digest?: string;
                                }[];
                            } | {
                                /** @constant */
                                type: "SSL_GET";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                                urls: {
                                    path: string & (unknown & unknown);
                                    statusCode?: number;
                                    digest?: string;
                                }[];
                            } | {
                                /** @constant */
                                type: "MISC_CHECK";
                                /** @example /usr/local/bin/check_app.sh 10.0.0.11 */
                                script: string;
                                /** @description misc_timeout, seconds */
                                timeout?: number;
                                /**
                                 * @description misc_dynamic: exit codes 2-255 set the weight
                                 * @default false
                                 */
                                dynamic: boolean;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                            } | {
                                /** @constant */
                                type: "DNS_CHECK";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                                /** @default . */
                                queryName: string;
                                /**
                                 * @default SOA
                                 * @enum {string}
                                 */
                                queryType: "A" | "NS" | "CNAME" | "SOA" | "MX" | "TXT" | "AAAA";
                            } | {
                                /** @constant */
                                type: "SMTP_CHECK";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                                heloName?: string;
                            } | {
                                /** @constant */
                                type: "UDP_CHECK";
                                /** @description connect_port; the real server port when omitted */
                                connectPort?: number;
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                                /** @default false */
                                requireReply: boolean;
                            } | {
                                /** @constant */
                                type: "PING_CHECK";
                                /** @description connect_timeout, seconds */
                                connectTimeout?: number;
                                /** @description retry: attempts before the check fails */
                                retry?: number;
                                /** @description delay_before_retry, seconds */
                                delayBeforeRetry?: number;
                            };
                        }[];
                        /** @description Items matching the filters, over all pages */
                        total: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    RealServers_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The virtual service */
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address: string;
                    /** @description Omitted for fwmark services or DR with "any port". */
                    port?: number;
                    /** @default 1 */
                    weight?: number;
                    /**
                     * @description lvs_method override for this real server
                     * @enum {string}
                     */
                    forwarding?: "DR" | "NAT" | "TUN";
                    /** @description uthreshold: max connections */
                    upperThreshold?: number;
                    /** @description lthreshold: resume below this many connections */
                    lowerThreshold?: number;
                    /**
                     * @description inhibit_on_failure: set weight 0 instead of removing on failure
                     * @default false
                     */
                    inhibitOnFailure?: boolean;
                    /**
                     * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
                     * @default enabled
                     * @enum {string}
                     */
                    adminState?: "enabled" | "drained" | "disabled";
                    healthCheck?: {
                        /** @constant */
                        type: "TCP_CHECK";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                    } | {
                        /** @constant */
                        type: "HTTP_GET";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                        urls: {
                            path: string & (unknown & unknown);
                            statusCode?: number;
                            digest?: string;
                        }[];
                    } | {
                        /** @constant */
                        type: "SSL_GET";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                        urls: {
                            path: string & (unknown & unknown);
                            statusCode?: number;
                            digest?: string;
                        }[];
                    } | {
                        /** @constant */
                        type: "MISC_CHECK";
                        /** @example /usr/local/bin/check_app.sh 10.0.0.11 */
                        script: string;
                        /** @description misc_timeout, seconds */
                        timeout?: number;
                        /**
                         * @description misc_dynamic: exit codes 2-255 set the weight
                         * @default false
                         */
                        dynamic?: boolean;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                    } | {
                        /** @constant */
                        type: "DNS_CHECK";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                        /** @default . */
                        queryName?: string;
                        /**
                         * @default SOA
                         * @enum {string}
                         */
                        queryType?: "A" | "NS" | "CNAME" | "SOA" | "MX" | "TXT" | "AAAA";
                    } | {
                        /** @constant */
                        type: "SMTP_CHECK";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                        heloName?: string;
                    } | {
                        /** @constant */
                        type: "UDP_CHECK";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                        /** @default false */
                        requireReply?: boolean;
                    } | {
                        /** @constant */
                        type: "PING_CHECK";
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Created; ETag and Location headers; cluster-wide warnings in `warnings`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** Format: uuid */
                        virtualServiceId: string;
                        /** @description Natural key within the service: 10.0.0.11:80 or [2001:db8::11]:80 */
                        key: string;
                        address: string;
                        /** @description Omitted for fwmark services or DR with "any port". */
                        port?: number;
                        /** @default 1 */
                        weight: number;
                        /**
                         * @description lvs_method override for this real server
                         * @enum {string}
                         */
                        forwarding?: "DR" | "NAT" | "TUN";
                        /** @description uthreshold: max connections */
                        upperThreshold?: number;
                        /** @description lthreshold: resume below this many connections */
                        lowerThreshold?: number;
                        /**
                         * @description inhibit_on_failure: set weight 0 instead of removing on failure
                         * @default false
                         */
                        inhibitOnFailure: boolean;
                        /**
                         * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
                         * @default enabled
                         * @enum {string}
                         */
                        adminState: "enabled" | "drained" | "disabled";
                        healthCheck?: {
                            /** @constant */
                            type: "TCP_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                        } | {
                            /** @constant */
                            type: "HTTP_GET";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            urls: {
                                path: string & (unknown & unknown);
                                statusCode?: number;
                                digest?: string;
                            }[];
                        } | {
                            /** @constant */
                            type: "SSL_GET";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            urls: {
                                path: string & (unknown & unknown);
                                statusCode?: number;
                                digest?: string;
                            }[];
                        } | {
                            /** @constant */
                            type: "MISC_CHECK";
                            /** @example /usr/local/bin/check_app.sh 10.0.0.11 */
                            script: string;
                            /** @description misc_timeout, seconds */
                            timeout?: number;
                            /**
                             * @description misc_dynamic: exit codes 2-255 set the weight
                             * @default false
                             */
                            dynamic: boolean;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                        } | {
                            /** @constant */
                            type: "DNS_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            /** @default . */
                            queryName: string;
                            /**
                             * @default SOA
                             * @enum {string}
                             */
                            queryType: "A" | "NS" | "CNAME" | "SOA" | "MX" | "TXT" | "AAAA";
                        } | {
                            /** @constant */
                            type: "SMTP_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            heloName?: string;
                        } | {
                            /** @constant */
                            type: "UDP_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            /** @default false */
                            requireReply: boolean;
                        } | {
                            /** @constant */
                            type: "PING_CHECK";
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                        };
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    RealServers_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The virtual service */
                serviceId: string;
                /** @description The real server */
                realServerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The real server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** Format: uuid */
                        virtualServiceId: string;
                        /** @description Natural key within the service: 10.0.0.11:80 or [2001:db8::11]:80 */
                        key: string;
                        address: string;
                        /** @description Omitted for fwmark services or DR with "any port". */
                        port?: number;
                        /** @default 1 */
                        weight: number;
                        /**
                         * @description lvs_method override for this real server
                         * @enum {string}
                         */
                        forwarding?: "DR" | "NAT" | "TUN";
                        /** @description uthreshold: max connections */
                        upperThreshold?: number;
                        /** @description lthreshold: resume below this many connections */
                        lowerThreshold?: number;
                        /**
                         * @description inhibit_on_failure: set weight 0 instead of removing on failure
                         * @default false
                         */
                        inhibitOnFailure: boolean;
                        /**
                         * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
                         * @default enabled
                         * @enum {string}
                         */
                        adminState: "enabled" | "drained" | "disabled";
                        healthCheck?: {
                            /** @constant */
                            type: "TCP_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                        } | {
                            /** @constant */
                            type: "HTTP_GET";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            urls: {
                                path: string & (unknown & unknown);
                                statusCode?: number;
                                digest?: string;
                            }[];
                        } | {
                            /** @constant */
                            type: "SSL_GET";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            urls: {
                                path: string & (unknown & unknown);
                                statusCode?: number;
                                digest?: string;
                            }[];
                        } | {
                            /** @constant */
                            type: "MISC_CHECK";
                            /** @example /usr/local/bin/check_app.sh 10.0.0.11 */
                            script: string;
                            /** @description misc_timeout, seconds */
                            timeout?: number;
                            /**
                             * @description misc_dynamic: exit codes 2-255 set the weight
                             * @default false
                             */
                            dynamic: boolean;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                        } | {
                            /** @constant */
                            type: "DNS_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            /** @default . */
                            queryName: string;
                            /**
                             * @default SOA
                             * @enum {string}
                             */
                            queryType: "A" | "NS" | "CNAME" | "SOA" | "MX" | "TXT" | "AAAA";
                        } | {
                            /** @constant */
                            type: "SMTP_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            heloName?: string;
                        } | {
                            /** @constant */
                            type: "UDP_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            /** @default false */
                            requireReply: boolean;
                        } | {
                            /** @constant */
                            type: "PING_CHECK";
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                        };
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    RealServers_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the real server from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The virtual service */
                serviceId: string;
                /** @description The real server */
                realServerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address: string;
                    /** @description Omitted for fwmark services or DR with "any port". */
                    port?: number;
                    /** @default 1 */
                    weight?: number;
                    /**
                     * @description lvs_method override for this real server
                     * @enum {string}
                     */
                    forwarding?: "DR" | "NAT" | "TUN";
                    /** @description uthreshold: max connections */
                    upperThreshold?: number;
                    /** @description lthreshold: resume below this many connections */
                    lowerThreshold?: number;
                    /**
                     * @description inhibit_on_failure: set weight 0 instead of removing on failure
                     * @default false
                     */
                    inhibitOnFailure?: boolean;
                    /**
                     * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
                     * @default enabled
                     * @enum {string}
                     */
                    adminState?: "enabled" | "drained" | "disabled";
                    healthCheck?: {
                        /** @constant */
                        type: "TCP_CHECK";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                    } | {
                        /** @constant */
                        type: "HTTP_GET";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                        urls: {
                            path: string & (unknown & unknown);
                            statusCode?: number;
                            digest?: string;
                        }[];
                    } | {
                        /** @constant */
                        type: "SSL_GET";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                        urls: {
                            path: string & (unknown & unknown);
                            statusCode?: number;
                            digest?: string;
                        }[];
                    } | {
                        /** @constant */
                        type: "MISC_CHECK";
                        /** @example /usr/local/bin/check_app.sh 10.0.0.11 */
                        script: string;
                        /** @description misc_timeout, seconds */
                        timeout?: number;
                        /**
                         * @description misc_dynamic: exit codes 2-255 set the weight
                         * @default false
                         */
                        dynamic?: boolean;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                    } | {
                        /** @constant */
                        type: "DNS_CHECK";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                        /** @default . */
                        queryName?: string;
                        /**
                         * @default SOA
                         * @enum {string}
                         */
                        queryType?: "A" | "NS" | "CNAME" | "SOA" | "MX" | "TXT" | "AAAA";
                    } | {
                        /** @constant */
                        type: "SMTP_CHECK";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                        heloName?: string;
                    } | {
                        /** @constant */
                        type: "UDP_CHECK";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                        /** @default false */
                        requireReply?: boolean;
                    } | {
                        /** @constant */
                        type: "PING_CHECK";
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Replaced; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** Format: uuid */
                        virtualServiceId: string;
                        /** @description Natural key within the service: 10.0.0.11:80 or [2001:db8::11]:80 */
                        key: string;
                        address: string;
                        /** @description Omitted for fwmark services or DR with "any port". */
                        port?: number;
                        /** @default 1 */
                        weight: number;
                        /**
                         * @description lvs_method override for this real server
                         * @enum {string}
                         */
                        forwarding?: "DR" | "NAT" | "TUN";
                        /** @description uthreshold: max connections */
                        upperThreshold?: number;
                        /** @description lthreshold: resume below this many connections */
                        lowerThreshold?: number;
                        /**
                         * @description inhibit_on_failure: set weight 0 instead of removing on failure
                         * @default false
                         */
                        inhibitOnFailure: boolean;
                        /**
                         * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
                         * @default enabled
                         * @enum {string}
                         */
                        adminState: "enabled" | "drained" | "disabled";
                        healthCheck?: {
                            /** @constant */
                            type: "TCP_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                        } | {
                            /** @constant */
                            type: "HTTP_GET";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            urls: {
                                path: string & (unknown & unknown);
                                statusCode?: number;
                                digest?: string;
                            }[];
                        } | {
                            /** @constant */
                            type: "SSL_GET";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            urls: {
                                path: string & (unknown & unknown);
                                statusCode?: number;
                                digest?: string;
                            }[];
                        } | {
                            /** @constant */
                            type: "MISC_CHECK";
                            /** @example /usr/local/bin/check_app.sh 10.0.0.11 */
                            script: string;
                            /** @description misc_timeout, seconds */
                            timeout?: number;
                            /**
                             * @description misc_dynamic: exit codes 2-255 set the weight
                             * @default false
                             */
                            dynamic: boolean;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                        } | {
                            /** @constant */
                            type: "DNS_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            /** @default . */
                            queryName: string;
                            /**
                             * @default SOA
                             * @enum {string}
                             */
                            queryType: "A" | "NS" | "CNAME" | "SOA" | "MX" | "TXT" | "AAAA";
                        } | {
                            /** @constant */
                            type: "SMTP_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            heloName?: string;
                        } | {
                            /** @constant */
                            type: "UDP_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            /** @default false */
                            requireReply: boolean;
                        } | {
                            /** @constant */
                            type: "PING_CHECK";
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                        };
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    RealServers_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the real server from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The virtual service */
                serviceId: string;
                /** @description The real server */
                realServerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    RealServers_patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the real server from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The virtual service */
                serviceId: string;
                /** @description The real server */
                realServerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string;
                    /** @description Omitted for fwmark services or DR with "any port". */
                    port?: number | null;
                    weight?: number;
                    /** @description lvs_method override for this real server */
                    forwarding?: ("DR" | "NAT" | "TUN") | null;
                    /** @description uthreshold: max connections */
                    upperThreshold?: number | null;
                    /** @description lthreshold: resume below this many connections */
                    lowerThreshold?: number | null;
                    /** @description inhibit_on_failure: set weight 0 instead of removing on failure */
                    inhibitOnFailure?: boolean;
                    /**
                     * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
                     * @enum {string}
                     */
                    adminState?: "enabled" | "drained" | "disabled";
                    healthCheck?: ({
                        /** @constant */
                        type: "TCP_CHECK";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                    } | {
                        /** @constant */
                        type: "HTTP_GET";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                        urls: {
                            path: string & (unknown & unknown);
                            statusCode?: number;
                            digest?: string;
                        }[];
                    } | {
                        /** @constant */
                        type: "SSL_GET";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                        urls: {
                            path: string & (unknown & unknown);
                            statusCode?: number;
                            digest?: string;
                        }[];
                    } | {
                        /** @constant */
                        type: "MISC_CHECK";
                        /** @example /usr/local/bin/check_app.sh 10.0.0.11 */
                        script: string;
                        /** @description misc_timeout, seconds */
                        timeout?: number;
                        /**
                         * @description misc_dynamic: exit codes 2-255 set the weight
                         * @default false
                         */
                        dynamic?: boolean;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                    } | {
                        /** @constant */
                        type: "DNS_CHECK";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                        /** @default . */
                        queryName?: string;
                        /**
                         * @default SOA
                         * @enum {string}
                         */
                        queryType?: "A" | "NS" | "CNAME" | "SOA" | "MX" | "TXT" | "AAAA";
                    } | {
                        /** @constant */
                        type: "SMTP_CHECK";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                        heloName?: string;
                    } | {
                        /** @constant */
                        type: "UDP_CHECK";
                        /** @description connect_port; the real server port when omitted */
                        connectPort?: number;
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                        /** @default false */
                        requireReply?: boolean;
                    } | {
                        /** @constant */
                        type: "PING_CHECK";
                        /** @description connect_timeout, seconds */
                        connectTimeout?: number;
                        /** @description retry: attempts before the check fails */
                        retry?: number;
                        /** @description delay_before_retry, seconds */
                        delayBeforeRetry?: number;
                    }) | null;
                };
            };
        };
        responses: {
            /** @description Updated; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** Format: uuid */
                        virtualServiceId: string;
                        /** @description Natural key within the service: 10.0.0.11:80 or [2001:db8::11]:80 */
                        key: string;
                        address: string;
                        /** @description Omitted for fwmark services or DR with "any port". */
                        port?: number;
                        /** @default 1 */
                        weight: number;
                        /**
                         * @description lvs_method override for this real server
                         * @enum {string}
                         */
                        forwarding?: "DR" | "NAT" | "TUN";
                        /** @description uthreshold: max connections */
                        upperThreshold?: number;
                        /** @description lthreshold: resume below this many connections */
                        lowerThreshold?: number;
                        /**
                         * @description inhibit_on_failure: set weight 0 instead of removing on failure
                         * @default false
                         */
                        inhibitOnFailure: boolean;
                        /**
                         * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
                         * @default enabled
                         * @enum {string}
                         */
                        adminState: "enabled" | "drained" | "disabled";
                        healthCheck?: {
                            /** @constant */
                            type: "TCP_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                        } | {
                            /** @constant */
                            type: "HTTP_GET";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            urls: {
                                path: string & (unknown & unknown);
                                statusCode?: number;
                                digest?: string;
                            }[];
                        } | {
                            /** @constant */
                            type: "SSL_GET";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            urls: {
                                path: string & (unknown & unknown);
                                statusCode?: number;
                                digest?: string;
                            }[];
                        } | {
                            /** @constant */
                            type: "MISC_CHECK";
                            /** @example /usr/local/bin/check_app.sh 10.0.0.11 */
                            script: string;
                            /** @description misc_timeout, seconds */
                            timeout?: number;
                            /**
                             * @description misc_dynamic: exit codes 2-255 set the weight
                             * @default false
                             */
                            dynamic: boolean;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                        } | {
                            /** @constant */
                            type: "DNS_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            /** @default . */
                            queryName: string;
                            /**
                             * @default SOA
                             * @enum {string}
                             */
                            queryType: "A" | "NS" | "CNAME" | "SOA" | "MX" | "TXT" | "AAAA";
                        } | {
                            /** @constant */
                            type: "SMTP_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            heloName?: string;
                        } | {
                            /** @constant */
                            type: "UDP_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            /** @default false */
                            requireReply: boolean;
                        } | {
                            /** @constant */
                            type: "PING_CHECK";
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                        };
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    RealServers_adminState: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the real server from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                /** @description The cluster */
                clusterId: string;
                /** @description The virtual service */
                serviceId: string;
                /** @description The real server */
                realServerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description enabled; drained = weight 0, existing connections finish; disabled = not rendered
                     * @enum {string}
                     */
                    adminState: "enabled" | "drained" | "disabled";
                };
            };
        };
        responses: {
            /** @description Changed; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Bumped on every change of this object; its ETag is W/"<version>" */
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** Format: uuid */
                        virtualServiceId: string;
                        /** @description Natural key within the service: 10.0.0.11:80 or [2001:db8::11]:80 */
                        key: string;
                        address: string;
                        /** @description Omitted for fwmark services or DR with "any port". */
                        port?: number;
                        /** @default 1 */
                        weight: number;
                        /**
                         * @description lvs_method override for this real server
                         * @enum {string}
                         */
                        forwarding?: "DR" | "NAT" | "TUN";
                        /** @description uthreshold: max connections */
                        upperThreshold?: number;
                        /** @description lthreshold: resume below this many connections */
                        lowerThreshold?: number;
                        /**
                         * @description inhibit_on_failure: set weight 0 instead of removing on failure
                         * @default false
                         */
                        inhibitOnFailure: boolean;
                        /**
                         * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
                         * @default enabled
                         * @enum {string}
                         */
                        adminState: "enabled" | "drained" | "disabled";
                        healthCheck?: {
                            /** @constant */
                            type: "TCP_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                        } | {
                            /** @constant */
                            type: "HTTP_GET";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            urls: {
                                path: string & (unknown & unknown);
                                statusCode?: number;
                                digest?: string;
                            }[];
                        } | {
                            /** @constant */
                            type: "SSL_GET";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            urls: {
                                path: string & (unknown & unknown);
                                statusCode?: number;
                                digest?: string;
                            }[];
                        } | {
                            /** @constant */
                            type: "MISC_CHECK";
                            /** @example /usr/local/bin/check_app.sh 10.0.0.11 */
                            script: string;
                            /** @description misc_timeout, seconds */
                            timeout?: number;
                            /**
                             * @description misc_dynamic: exit codes 2-255 set the weight
                             * @default false
                             */
                            dynamic: boolean;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                        } | {
                            /** @constant */
                            type: "DNS_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            /** @default . */
                            queryName: string;
                            /**
                             * @default SOA
                             * @enum {string}
                             */
                            queryType: "A" | "NS" | "CNAME" | "SOA" | "MX" | "TXT" | "AAAA";
                        } | {
                            /** @constant */
                            type: "SMTP_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            heloName?: string;
                        } | {
                            /** @constant */
                            type: "UDP_CHECK";
                            /** @description connect_port; the real server port when omitted */
                            connectPort?: number;
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                            /** @default false */
                            requireReply: boolean;
                        } | {
                            /** @constant */
                            type: "PING_CHECK";
                            /** @description connect_timeout, seconds */
                            connectTimeout?: number;
                            /** @description retry: attempts before the check fails */
                            retry?: number;
                            /** @description delay_before_retry, seconds */
                            delayBeforeRetry?: number;
                        };
                        /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
                        warnings: {
                            /** @example spec.virtualServices.0.vip */
                            path: string;
                            message: string;
                        }[];
                        /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
                        clusterVersion: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Deployments_listRevisions: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of revisions with the total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            number: number;
                            specSha256: string;
                            author: string;
                            message: string;
                            createdAt: string;
                            directors: {
                                name: string;
                                sha256: string;
                            }[];
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Deployments_createRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    message?: string;
                };
            };
        };
        responses: {
            /** @description The new revision. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        number: number;
                        specSha256: string;
                        author: string;
                        message: string;
                        createdAt: string;
                        directors: {
                            name: string;
                            sha256: string;
                        }[];
                        spec: unknown;
                        rendered: {
                            [key: string]: {
                                text: string;
                                sha256: string;
                            };
                        };
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Deployments_getRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clusterId: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        number: number;
                        specSha256: string;
                        author: string;
                        message: string;
                        createdAt: string;
                        directors: {
                            name: string;
                            sha256: string;
                        }[];
                        spec: unknown;
                        rendered: {
                            [key: string]: {
                                text: string;
                                sha256: string;
                            };
                        };
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Deployments_diff: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path: {
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per-director diffs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: number;
                        to: number;
                        directors: {
                            name: string;
                            diff: string;
                        }[];
                        specChanged: boolean;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Deployments_rollback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clusterId: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Push BACKUP directors in parallel (MASTERs still last, one at a time)
                     * @default false
                     */
                    parallel?: boolean;
                    /**
                     * @description Stop at the first failed director (the rest are skipped, untouched)
                     * @default true
                     */
                    stopOnFailure?: boolean;
                    /**
                     * @description Deploy in two stages when one reload would not apply the revision cleanly: an interim stage keeps real servers the revision removes while they serve, drained (weight 0), until their active connections end (or drainTimeoutSeconds passes), and takes VIPs that move between instances off the old one; then the revision. false: one stage
                     * @default true
                     */
                    drainFirst?: boolean;
                    /** @default 60 */
                    drainTimeoutSeconds?: number;
                };
            };
        };
        responses: {
            /** @description The rollback deployment, started. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clusterId: string;
                        revision: number;
                        /** @enum {string} */
                        status: "pending" | "running" | "succeeded" | "failed" | "rolled_back" | "interrupted";
                        parallel: boolean;
                        stopOnFailure: boolean;
                        requestedBy: string;
                        createdAt: string;
                        startedAt: string | null;
                        finishedAt: string | null;
                        error: string | null;
                        targets: {
                            director: string;
                            position: number;
                            /** @enum {string} */
                            status: "pending" | "running" | "succeeded" | "failed" | "rolled_back" | "skipped";
                            steps: {
                                name: string;
                                /** @enum {string} */
                                status: "ok" | "failed" | "skipped";
                                startedAt: string;
                                ms: number;
                                output?: string;
                                /**
                                 * @description interim: a step of the first of two stages (real servers the revision removes still in but drained; VIPs it moves between instances on neither)
                                 * @constant
                                 */
                                stage?: "interim";
                            }[];
                            beforeSha256: string | null;
                            afterSha256: string | null;
                            error: string | null;
                            startedAt: string | null;
                            finishedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Deployments_plan: {
        parameters: {
            query?: {
                /** @description Plan this revision; default: the current topology */
                revision?: number;
            };
            header?: never;
            path: {
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The revision planned, or null for the current topology */
                        revision: number | null;
                        lastDeployedRevision: number | null;
                        directors: {
                            name: string;
                            reachable: boolean;
                            error: string | null;
                            liveSha256: string | null;
                            newSha256: string;
                            /** @description Live file differs from what the last deployment pushed (null: unknown) */
                            drifted: boolean | null;
                            changed: boolean | null;
                            /** @description Unified diff live → new */
                            diff: string;
                        }[];
                        warnings: {
                            path: string;
                            message: string;
                        }[];
                        /** @description Edits since the last deployed revision that one keepalived reload does not apply cleanly (a VIP moved between instances, a changed virtual_router_id, a removed instance, a real server removed without draining), with what to do instead */
                        hazards: {
                            /** @enum {string} */
                            kind: "vip-moved" | "vrid-changed" | "instance-removed" | "real-server-removed";
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Deployments_listDeployments: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deployments with the total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            clusterId: string;
                            revision: number;
                            /** @enum {string} */
                            status: "pending" | "running" | "succeeded" | "failed" | "rolled_back" | "interrupted";
                            parallel: boolean;
                            stopOnFailure: boolean;
                            requestedBy: string;
                            createdAt: string;
                            startedAt: string | null;
                            finishedAt: string | null;
                            error: string | null;
                            targets: {
                                director: string;
                                position: number;
                                /** @enum {string} */
                                status: "pending" | "running" | "succeeded" | "failed" | "rolled_back" | "skipped";
                                steps: {
                                    name: string;
                                    /** @enum {string} */
                                    status: "ok" | "failed" | "skipped";
                                    startedAt: string;
                                    ms: number;
                                    output?: string;
                                    /**
                                     * @description interim: a step of the first of two stages (real servers the revision removes still in but drained; VIPs it moves between instances on neither)
                                     * @constant
                                     */
                                    stage?: "interim";
                                }[];
                                beforeSha256: string | null;
                                afterSha256: string | null;
                                error: string | null;
                                startedAt: string | null;
                                finishedAt: string | null;
                            }[];
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Deployments_deploy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a POST safely: the same key returns the same deployment */
                "Idempotency-Key"?: string;
            };
            path: {
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Revision number to deploy; default: freeze the current topology into a new revision */
                    revision?: number;
                    /**
                     * @description Message of the new revision when none is given
                     * @default
                     */
                    message?: string;
                    /**
                     * @description Push BACKUP directors in parallel (MASTERs still last, one at a time)
                     * @default false
                     */
                    parallel?: boolean;
                    /**
                     * @description Stop at the first failed director (the rest are skipped, untouched)
                     * @default true
                     */
                    stopOnFailure?: boolean;
                    /**
                     * @description Deploy in two stages when one reload would not apply the revision cleanly: an interim stage keeps real servers the revision removes while they serve, drained (weight 0), until their active connections end (or drainTimeoutSeconds passes), and takes VIPs that move between instances off the old one; then the revision. false: one stage
                     * @default true
                     */
                    drainFirst?: boolean;
                    /** @default 60 */
                    drainTimeoutSeconds?: number;
                };
            };
        };
        responses: {
            /** @description Started (or, with a known Idempotency-Key, the earlier deployment). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clusterId: string;
                        revision: number;
                        /** @enum {string} */
                        status: "pending" | "running" | "succeeded" | "failed" | "rolled_back" | "interrupted";
                        parallel: boolean;
                        stopOnFailure: boolean;
                        requestedBy: string;
                        createdAt: string;
                        startedAt: string | null;
                        finishedAt: string | null;
                        error: string | null;
                        targets: {
                            director: string;
                            position: number;
                            /** @enum {string} */
                            status: "pending" | "running" | "succeeded" | "failed" | "rolled_back" | "skipped";
                            steps: {
                                name: string;
                                /** @enum {string} */
                                status: "ok" | "failed" | "skipped";
                                startedAt: string;
                                ms: number;
                                output?: string;
                                /**
                                 * @description interim: a step of the first of two stages (real servers the revision removes still in but drained; VIPs it moves between instances on neither)
                                 * @constant
                                 */
                                stage?: "interim";
                            }[];
                            beforeSha256: string | null;
                            afterSha256: string | null;
                            error: string | null;
                            startedAt: string | null;
                            finishedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Deployments_getDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clusterId: string;
                deploymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        clusterId: string;
                        revision: number;
                        /** @enum {string} */
                        status: "pending" | "running" | "succeeded" | "failed" | "rolled_back" | "interrupted";
                        parallel: boolean;
                        stopOnFailure: boolean;
                        requestedBy: string;
                        createdAt: string;
                        startedAt: string | null;
                        finishedAt: string | null;
                        error: string | null;
                        targets: {
                            director: string;
                            position: number;
                            /** @enum {string} */
                            status: "pending" | "running" | "succeeded" | "failed" | "rolled_back" | "skipped";
                            steps: {
                                name: string;
                                /** @enum {string} */
                                status: "ok" | "failed" | "skipped";
                                startedAt: string;
                                ms: number;
                                output?: string;
                                /**
                                 * @description interim: a step of the first of two stages (real servers the revision removes still in but drained; VIPs it moves between instances on neither)
                                 * @constant
                                 */
                                stage?: "interim";
                            }[];
                            beforeSha256: string | null;
                            afterSha256: string | null;
                            error: string | null;
                            startedAt: string | null;
                            finishedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Deployments_drift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Drift per director. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        drift: boolean;
                        checkedAt: string;
                        lastDeployedRevision: number | null;
                        directors: {
                            name: string;
                            expectedSha256: string | null;
                            liveSha256: string | null;
                            /** @description the file or the live IPVS table differs from the last deployed revision (null: nothing deployed, or unreachable) */
                            drifted: boolean | null;
                            /** @description the file's sha256 differs from the deployed one */
                            fileDrifted: boolean | null;
                            /** @description the live IPVS table has what the deployed revision (and, in keepalived mode, its health checks) cannot explain; null when not compared */
                            tableDrifted: boolean | null;
                            /** @description `- live line` / `+ wanted line`, at most 50 (then a count) */
                            tableDifferences: string[];
                            /** @description why the table was not compared (e.g. no IPVS in the kernel) */
                            tableNote: string | null;
                            error: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Deployments_hostKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clusterId: string;
                director: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Offered and pinned fingerprints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        director: string;
                        offered: string | null;
                        pinned: string | null;
                        matches: boolean | null;
                        error: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Deployments_acceptHostKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clusterId: string;
                director: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fingerprint: string;
                };
            };
        };
        responses: {
            /** @description Pinned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        director: string;
                        offered: string | null;
                        pinned: string | null;
                        matches: boolean | null;
                        error: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Telemetry_state: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state at the last tick. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        clusterId: string;
                        /** Format: date-time */
                        at: string;
                        tickMs: number;
                        directors: {
                            [key: string]: {
                                reachable: boolean;
                                reason?: string;
                                /** @enum {string} */
                                keepalived: "running" | "stopped" | "unknown";
                                /** @enum {string} */
                                ipvs: "available" | "unavailable" | "unknown";
                                ipvsReason?: string;
                                /** Format: date-time */
                                lastSeen?: string;
                                /**
                                 * Format: date-time
                                 * @description When this state began
                                 */
                                since: string;
                            };
                        };
                        vips: {
                            [key: string]: {
                                owner: string | null;
                                owners: string[];
                                /**
                                 * Format: date-time
                                 * @description When this state began
                                 */
                                since: string;
                            };
                        };
                        instances: {
                            [key: string]: {
                                master: string | null;
                                states: {
                                    [key: string]: "MASTER" | "BACKUP" | "FAULT" | "STOPPED" | "unknown";
                                };
                                /**
                                 * Format: date-time
                                 * @description When this state began
                                 */
                                since: string;
                            };
                        };
                        realServers: {
                            [key: string]: {
                                service: string;
                                realServer: string;
                                /** @enum {string} */
                                state: "up" | "down" | "drained" | "disabled" | "missing" | "unknown";
                                observedOn?: string;
                                weight?: number;
                                activeConns?: number;
                                inactiveConns?: number;
                                conns?: number;
                                inPkts?: number;
                                outPkts?: number;
                                inBytes?: number;
                                outBytes?: number;
                                cps?: number;
                                inPps?: number;
                                outPps?: number;
                                inBps?: number;
                                outBps?: number;
                                /**
                                 * Format: date-time
                                 * @description When this state began
                                 */
                                since: string;
                            };
                        };
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Telemetry_history: {
        parameters: {
            query?: {
                /** @description Start (inclusive); default one hour before `to` */
                from?: string;
                /** @description End (exclusive); default now */
                to?: string;
                /** @description Bucket width in seconds (a multiple of 60) */
                step?: number;
                /** @description One series per real server, or per virtual service (its real servers summed) */
                by?: "realServer" | "service";
                /** @description Only this virtual service key, e.g. 10.213.1.10:80/TCP */
                service?: string;
                /** @description Only this real server key, e.g. 10.213.0.21:80 */
                realServer?: string;
                /** @description Series per page */
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                /** @description The cluster */
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of series with the total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        to: string;
                        step: number;
                        /** @description Series matching the filters, over all pages */
                        total: number;
                        series: {
                            service: string;
                            realServer?: string;
                            points: {
                                /**
                                 * Format: date-time
                                 * @description Start of the bucket
                                 */
                                t: string;
                                /** @description Connections scheduled in the bucket */
                                conns: number;
                                inPkts: number;
                                outPkts: number;
                                inBytes: number;
                                outBytes: number;
                                /** @description Most active connections seen in the bucket */
                                activeConnsMax: number;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    Telemetry_metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text format 0.0.4 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ok";
                        /** @description Seconds since the API process started. */
                        uptimeSeconds: number;
                    };
                };
            };
        };
    };
    getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ready";
                        /** @constant */
                        database: "up";
                        migrations: {
                            /** @description Migrations recorded in the database. */
                            applied: number;
                            /** @constant */
                            pending: 0;
                        };
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** Format: uri */
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        /** @example common.validation_failed */
                        code: string;
                        requestId?: string;
                        errors: {
                            /** @example body.weight */
                            path: string;
                            message: string;
                        }[];
                    };
                };
            };
        };
    };
}
