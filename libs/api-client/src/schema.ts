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
        /**
         * Walk the hash chain and report the first broken link, if any
         * @description A broken link is also recorded once as a critical `audit.chain_broken` timeline event (GET /events), which notification rules can route; the chain is walked every AUDIT_VERIFY_MINUTES as well.
         */
        get: operations["Audit_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cluster's timeline: VRRP transitions, real-server health, deployments, drift, edits, incidents
         * @description Newest first, cursor-paged by `nextCursor`. Filter by time (`from` inclusive, `to` exclusive), kind (exact or a prefix ending in ".") and severity. Kept for EVENTS_RETENTION_DAYS (default 90). Kinds and their `data`: docs/timeline.md.
         */
        get: operations["Events_cluster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The timeline across every cluster (and events of the console itself)
         * @description As GET /clusters/{clusterId}/events, for all clusters; events of a deleted cluster stay until retention drops them. Cluster-scoped tokens use the per-cluster route.
         */
        get: operations["Events_all"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/virtual-services/{serviceId}/real-servers/{realServerId}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the real server is prepared for its forwarding method (DR, NAT, TUN), over SSH, now
         * @description DR: each VIP on lo (or a dummy device) as /32 (/128), arp_ignore=1 and arp_announce=2 (the larger of `all` and the serving interface), rp_filter that does not drop; NAT: the default route via a director address or VIP; TUN: an ipip device holding the VIP, rp_filter off or loose on it. Runs one read-only command with the real server's SSH access (its credential only inside its address binding, its host key pinned); without access `status` is `unchecked` and the prep script says what to run.
         */
        get: operations["RealServerChecks_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/virtual-services/{serviceId}/real-servers/{realServerId}/prep-script": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A shell script that prepares this real server for its forwarding method (run as root on it; idempotent)
         * @description A download (`text/x-shellscript`, Content-Disposition attachment) unless the client asks for `Accept: application/json` only, which gets `{ filename, forwarding, script }` (to show it inline).
         */
        get: operations["RealServerChecks_prepScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/virtual-services/{serviceId}/real-servers/{realServerId}/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The console's SSH access to this real server's host (credential name, user, port, pinned host key) */
        get: operations["RealServerChecks_getAccess"];
        /**
         * Give the console SSH access to this real server's host (admin; one access per address in the cluster)
         * @description The credential must exist and the address be inside its binding (422 `credentials.not_bound`). The host key must then be accepted (PUT …/access/host-key) before any check connects. Not for cluster-scoped tokens.
         */
        put: operations["RealServerChecks_putAccess"];
        post?: never;
        /** Remove the console's SSH access to this real server's host (admin) */
        delete: operations["RealServerChecks_deleteAccess"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/virtual-services/{serviceId}/real-servers/{realServerId}/access/host-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The SSH host key the real server offers now, and the pinned one */
        get: operations["RealServerChecks_hostKey"];
        /** Accept (pin) the host key the real server offers now (admin: it decides which host receives the credential) */
        put: operations["RealServerChecks_acceptHostKey"];
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
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (needs the current one); your other sessions end, this one stays signed in */
        post: operations["Auth_changePassword"];
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
    "/api/v1/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How one may sign in here: the password form (or break-glass only) and single sign-on */
        get: operations["Oidc_providers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start single sign-on: redirects to the OpenID provider (authorization code + PKCE, state, nonce)
         * @description Sets a sealed, HttpOnly flow cookie lvs_oidc_flow_<digest of the state> (10 minutes, one per sign-in) holding the state, nonce and PKCE verifier. A browser (Accept: text/html) that cannot start is sent to /login?error=<code>.
         */
        get: operations["Oidc_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The provider's redirect back (OIDC_REDIRECT_URL): checks state, exchanges the code, signs in
         * @description Signs in (session and CSRF cookies) and redirects to the returnTo of /oidc/login. The user is created at the first sign-in; the role is mapped from OIDC_ROLE_CLAIM at every one. A browser whose sign-in fails is sent to /login?error=<code> (oidc.state_mismatch, oidc.code_rejected, oidc.no_role, …); other clients get problem+json.
         */
        get: operations["Oidc_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the console session and returns the provider's logout URL (RP-initiated logout) for a single sign-on user */
        post: operations["Oidc_logout"];
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
        /** Change a user's role, password, or disable them (any of these ends their sessions and /live sockets) */
        patch: operations["Users_update"];
        trace?: never;
    };
    "/api/v1/users/{userId}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every sign-in delay of a user (failed sign-ins slow down per user and address; this clears all addresses); audited */
        post: operations["Users_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        /** Create an API token for CI (the secret is returned once); needs a signed-in session, not a token */
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
        /** Change the addresses a credential may be sent to (its binding); directors outside it are refused before any connection */
        patch: operations["Credentials_update"];
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
         * @description One keepalived.conf per director (with the files its `include` lines name) becomes one cluster: VRRP instances merge by name, each file adding its director with its priority and state; virtual services merge by VIP:port/protocol or fwmark. What the model does not hold is listed in `warnings` with director, file and line — never silently dropped. `dryRun` answers the spec and warnings without creating anything (200). Files that cannot make a cluster, or a cluster that breaks a rule, are 422 with the findings in `errors` and the import's `warnings`. Files are parsed off the event loop in a worker with a time and a heap limit, and measured before they are expanded: past a cap (8,000,000 expanded characters, 1,000 included files, include depth 16, 500,000 statements, 1,000 files per director) or with an include cycle they are 422 `import.limit_exceeded` naming the file and the limit; a parse past its limits is 422 `import.too_slow` / `import.out_of_memory`; 503 `import.busy` when too many imports are being parsed.
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
         * Delete a cluster with its topology and scoped tokens; its revisions and deployments are archived
         * @description The cluster (its last topology), its revisions (spec and rendered text) and its deployments (with step logs) are copied to the archive in the same transaction: admins read them at GET /archive/clusters/{clusterId}. Nothing on the directors is touched.
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
         * @description The dashboard's and lvsctl's shortcut by natural keys; `POST …/virtual-services/{serviceId}/real-servers/{realServerId}/admin-state` does the same by id (and documents `apply` and `waitForConnections`). If-Match is the cluster's ETag here. Without `"apply": "now"` it applies at the next deployment.
         */
        post: operations["Clusters_adminState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/archive/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deleted clusters, newest deletion first
         * @description Each with who deleted it and when, and how many revisions and deployments were archived.
         */
        get: operations["Archive_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/archive/clusters/{clusterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One deleted cluster: its last topology, its revisions and its deployments with step logs */
        get: operations["Archive_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/archive/clusters/{clusterId}/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One revision of a deleted cluster: the spec and the rendered text per director */
        get: operations["Archive_revision"];
        put?: never;
        post?: never;
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
         * @description drained = weight 0 (quiescent: new connections go elsewhere, existing ones finish); disabled = out of the IPVS table. By default the directors change on the next deployment ("applies at the next deployment"). With `"apply": "now"` the console also writes the real server's track file on every director (keepalived mode; `ipvsadm -e/-a/-d` in ipvsadm mode) and verifies the weight (0 for a drain, gone for a disable) in the director's IPVS table (`/proc/net/ip_vs`, read by the console's runtime agent on its held SSH channel; `ipvsadm -Ln --exact` when the agent is not open) where the director has IPVS: `runtime.message` is "applied now, no reload". `waitForConnections` then samples ActiveConn until it reaches 0. A cluster deployed before runtime controls gets them at its next deployment (`runtime.applied` is then "next-deployment", with the reason).
         */
        post: operations["RealServers_adminState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/script-allowlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The executables scripts may run (empty: any)
         * @description Scripts (notify_*, MISC_CHECK misc_path, quorum_up/down) run as root on the directors and are admin-only; this list narrows them further.
         */
        get: operations["ScriptAllowlist_get"];
        /**
         * Replace the executables scripts may run
         * @description Applies to later writes that add or change a script (422 naming the field and the executable); scripts already stored are judged when next edited. Audited with the list before and after.
         */
        put: operations["ScriptAllowlist_set"];
        post?: never;
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
        /**
         * Accept (pin) the host key a director offers; until then the console refuses to connect
         * @description Operators may pin the first key of a director without a credential. Pinning for a director that uses a stored credential, and replacing a pinned key (re-pin), is admin-only (403 `deployments.host_key_admin_only`, never for cluster-scoped tokens): it decides where the secret is sent. The answer and the audit event carry the old and the new fingerprint.
         */
        put: operations["Deployments_acceptHostKey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/directors/{name}/maintenance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Director maintenance on or off, without a reload
         * @description on: the director's maintenance track file reads 1, so every VRRP instance on it drops its priority (or goes to FAULT where keepalived requires weight 0): the other members take its VIPs; the call waits until every VIP it held is held by another member (seen with `ip addr` on the members) and reports how long each took. Refused (409 runtime.no_standby) when an instance has no other member that is reachable and runs keepalived. off: the file reads 0; instances with preempt take their VIPs back (the response says which, and why not under nopreempt). The state is kept in the database and in the file (it survives reboots of the director and API restarts); a deployment writes it again. A cluster deployed before runtime controls: recorded, applies at the next deployment. 422 in ipvsadm mode.
         */
        post: operations["Runtime_maintenance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/maintenance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which directors are in maintenance
         * @description Every director of the cluster with its maintenance state as the console recorded it (since, by whom).
         */
        get: operations["Runtime_maintenanceList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/runtime-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes applied without a reload
         * @description Newest first: admin states applied now and maintenance, each with its per-director steps (connect, write, verify, ipvsadm, vips), like a deployment record.
         */
        get: operations["Runtime_changes"];
        put?: never;
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
    "/api/v1/clusters/{clusterId}/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Split-brain radar: the open incidents of the cluster's VRRP instances, with their evidence
         * @description Per VRRP instance, from the live state: exactly one MASTER among the reachable members, holding the instance's VIPs, nobody else holding them, and members whose running configs agree on VRID, advert_int, authentication, version and VIPs. `/live` sends the same as `incidents` whenever it changes; the timeline has split_brain.opened/resolved.
         */
        get: operations["Radar_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Split-brain radar across the fleet: every cluster's open (or resolved) incidents in one call
         * @description `state=open` (default): what is open now, newest first — from the timeline (split_brain.opened without its resolved), and for the clusters the answering replica polls, from its radar directly; `state=resolved`: incidents that ended, newest end first, with the evidence they opened with. `clusterId` keeps one cluster's. A cluster-scoped token sees its own cluster's only (another `clusterId` is a 403). Deleted clusters are left out.
         */
        get: operations["Radar_fleet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/lint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * VRRP lint across every cluster
         * @description What keepalived would get wrong: a virtual_router_id used twice on one L2 segment and address family (across clusters or instances), equal priorities, tracking weights that never hand the MASTER over, nopreempt with a MASTER start state, unicast peers that do not match the directors, advert_int mismatches in a sync group, keepalived version skew, and what a director cannot run (its recorded capabilities). Each finding has a code, a severity and a fix; errors refuse a deployment (docs/fleet-safety.md).
         */
        get: operations["Fleet_lintAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/lint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** VRRP lint of one cluster, against every other cluster (the plan carries the same findings) */
        get: operations["Fleet_lintCluster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Failover what-if: what happens when a director, an interface, a tracked script or a real server fails
         * @description Computed from the spec and the live state (when telemetry has it) with keepalived's rules: effective priority = base + tracking weights, FAULT for unweighted tracking, nopreempt, preempt_delay, sync groups failing together, ties to the higher address. Answers which director becomes MASTER of each instance and in about how long, which VIPs move, how many real servers and how much weight each service keeps, and which services fall below quorum. Nothing is changed. A `fail` that does not parse or names nothing in the cluster is a 422 naming `query.fail`.
         */
        get: operations["Fleet_whatIf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/directors/{name}/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A director's capabilities as last recorded
         * @description `keepalived -v` (version, build options: JSON, SNMP, DBus, VRRP, LVS, VRRP_AUTH …), IPVS and the kernel's schedulers (/proc/net/ip_vs, the ip_vs_* modules), ipvsadm's version, the kernel release and the interfaces' addresses. Recorded on first contact (the first plan or deployment that reaches the director), at every deployment, and by a refresh; `refusals` lists what of the current spec it cannot run.
         */
        get: operations["Fleet_capabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/directors/{name}/capabilities/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read a director's capabilities now (over SSH), record and return them
         * @description Audited as director.capabilities_refresh with what was found. 502 when the director cannot be read (the error is recorded; the capabilities read before are kept).
         */
        post: operations["Fleet_refresh"];
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
    "/api/v1/cli/lvsctl.mjs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download lvsctl: the command line as one self-contained file for Node >= 20.19
         * @description Run it with `node lvsctl.mjs --help`. Cached with a strong ETag (the sha256 of the file): send it back in If-None-Match for a 304.
         */
        get: operations["Cli_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cluster's latest confirmation: pending (with its deadline), confirmed, rolled back or failed */
        get: operations["Confirmations_current"];
        put?: never;
        /**
         * Confirmed deployment: roll back unless confirmed in time
         * @description Starts the timer of a deployment of this cluster: unless `POST …/confirmation/confirm` arrives within `withinSeconds`, the cluster is rolled back to the revision deployed before it (a rollback deployment, audited). The timer lives in the database: it survives a restart and works with several replicas. One pending confirmation per cluster (409).
         */
        post: operations["Confirmations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/confirmation/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the pending deployment: it stays, the timer stops */
        post: operations["Confirmations_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{clusterId}/confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cluster's confirmations, newest first
         * @description An empty page for a cluster that never had one (GET …/confirmation answers 404 then); `limit=1` is the latest.
         */
        get: operations["Confirmations_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List notification channels with their delivery counts and last delivery (secrets are never returned) */
        get: operations["NotificationChannels_list"];
        put?: never;
        /** Create a channel: a signed generic webhook, a Slack-compatible incoming webhook, or e-mail over SMTP; secrets are sealed under the master key */
        post: operations["NotificationChannels_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-channels/{channelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One channel (ETag header) */
        get: operations["NotificationChannels_get"];
        put?: never;
        post?: never;
        /** Delete a channel and its delivery history (refused 409 while a rule names it) */
        delete: operations["NotificationChannels_remove"];
        options?: never;
        head?: never;
        /** Change a channel's fields; a secret given replaces the stored one, a secret omitted is kept */
        patch: operations["NotificationChannels_update"];
        trace?: never;
    };
    "/api/v1/notification-channels/{channelId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a test message through the outbox (delivered like real ones: retries, recorded response); follow it in …/deliveries */
        post: operations["NotificationChannels_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-channels/{channelId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A channel's messages, newest first: status, attempts, the last response or error, the attempt log */
        get: operations["NotificationChannels_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List notification rules (event kinds × clusters → channels, throttle window) */
        get: operations["NotificationRules_list"];
        put?: never;
        /** Create a rule: which events (kinds, clusters, least severity) go to which channels, and at most one message per subject per throttle window */
        post: operations["NotificationRules_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One rule (ETag header) */
        get: operations["NotificationRules_get"];
        put?: never;
        post?: never;
        /** Delete a rule (messages already queued are still delivered) */
        delete: operations["NotificationRules_remove"];
        options?: never;
        head?: never;
        /** Change a rule's fields */
        patch: operations["NotificationRules_update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @example {
         *       "adminState": "drained"
         *     }
         * @example {
         *       "adminState": "drained",
         *       "apply": "now",
         *       "waitForConnections": {
         *         "timeoutSeconds": 120
         *       }
         *     }
         */
        AdminStateBodyInput: {
            /**
             * @description enabled; drained = weight 0, existing connections finish; disabled = not rendered
             * @enum {string}
             */
            adminState: "enabled" | "drained" | "disabled";
            /**
             * @description "now": write the console's track file on every reachable director (no reload) and verify it in IPVS; "next-deployment": only the topology changes
             * @default next-deployment
             * @enum {string}
             */
            apply?: "next-deployment" | "now";
            /** @description With apply "now" and a drain or disable: poll ActiveConn on the directors until it reaches 0 (true: up to 60 s) */
            waitForConnections?: boolean | {
                timeoutSeconds: number;
            };
        };
        /**
         * @example {
         *       "virtualService": "10.213.1.10:80/TCP",
         *       "realServer": "10.213.0.21:80",
         *       "adminState": "drained"
         *     }
         * @example {
         *       "virtualService": "10.213.1.10:80/TCP",
         *       "realServer": "10.213.0.21:80",
         *       "adminState": "drained",
         *       "apply": "now",
         *       "waitForConnections": true
         *     }
         */
        AdminStateByKeyInput: {
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
            /**
             * @description "now": write the console's track file on every reachable director (no reload) and verify it in IPVS; "next-deployment": only the topology changes
             * @default next-deployment
             * @enum {string}
             */
            apply?: "next-deployment" | "now";
            /** @description With apply "now" and a drain or disable: poll ActiveConn on the directors until it reaches 0 (true: up to 60 s) */
            waitForConnections?: boolean | {
                timeoutSeconds: number;
            };
        };
        /**
         * @example {
         *       "version": 13,
         *       "created": [],
         *       "changed": [
         *         "realServer:10.213.1.10:80/TCP>10.213.0.21:80"
         *       ],
         *       "deleted": [],
         *       "warnings": [],
         *       "runtime": {
         *         "applied": "now",
         *         "message": "applied now, no reload",
         *         "status": "applied",
         *         "changeId": "0b5c9f0e-7d1a-4a57-9a51-3c1f0e3f8a11",
         *         "directors": [
         *           {
         *             "director": "lb1",
         *             "status": "applied",
         *             "weight": 0,
         *             "verified": "10.213.0.21:80 in 10.213.1.10:80/TCP: weight 0",
         *             "steps": [
         *               {
         *                 "name": "connect",
         *                 "status": "ok",
         *                 "startedAt": "2026-12-02T07:00:00.000Z",
         *                 "ms": 1,
         *                 "output": "lvs@10.213.0.11:22"
         *               },
         *               {
         *                 "name": "write",
         *                 "status": "ok",
         *                 "startedAt": "2026-12-02T07:00:00.001Z",
         *                 "ms": 31,
         *                 "output": "/etc/keepalived/lvs-console-runtime/rs-3f0c5a1b2d4e6f70 = -65535"
         *               },
         *               {
         *                 "name": "verify",
         *                 "status": "ok",
         *                 "startedAt": "2026-12-02T07:00:00.032Z",
         *                 "ms": 44,
         *                 "output": "10.213.0.21:80 in 10.213.1.10:80/TCP: weight 0"
         *               }
         *             ]
         *           }
         *         ],
         *         "connections": {
         *           "drained": true,
         *           "waitedMs": 4100,
         *           "samples": [
         *             {
         *               "ms": 0,
         *               "activeConn": 3
         *             },
         *             {
         *               "ms": 4100,
         *               "activeConn": 0
         *             }
         *           ]
         *         }
         *       }
         *     }
         */
        AdminStateByKeyResult: {
            /** @description The cluster version after the write (the new ETag of the spec) */
            version: number;
            /** @description Keys of what the write added: director:lb3, vrrpInstance:VI_1, vrrpSyncGroup:SG, virtualService:10.0.0.1:80/TCP, realServer:10.0.0.1:80/TCP>10.0.0.13:80 */
            created: string[];
            /** @description Keys of what it changed (`cluster` for name, description or mode) */
            changed: string[];
            /** @description Keys of what it removed */
            deleted: string[];
            warnings: components["schemas"]["Issue"][];
            runtime?: components["schemas"]["RuntimeApply"];
        };
        /**
         * @example {
         *       "id": "0b7e4a0e-6d0f-4b7e-9a57-3f4a3c1f2d10",
         *       "version": 3,
         *       "createdAt": "2026-11-25T03:00:00.000Z",
         *       "updatedAt": "2026-11-25T03:10:00.000Z",
         *       "virtualServiceId": "5a1d2c3e-0f4b-4c6d-8e9f-a0b1c2d3e4f5",
         *       "key": "10.213.0.21:80",
         *       "address": "10.213.0.21",
         *       "port": 80,
         *       "weight": 10,
         *       "inhibitOnFailure": false,
         *       "adminState": "drained",
         *       "healthCheck": {
         *         "type": "HTTP_GET",
         *         "connectTimeout": 3,
         *         "urls": [
         *           {
         *             "path": "/health",
         *             "statusCode": 200
         *           }
         *         ]
         *       },
         *       "warnings": [],
         *       "clusterVersion": 12,
         *       "runtime": {
         *         "applied": "now",
         *         "message": "applied now, no reload",
         *         "status": "applied",
         *         "changeId": "0b5c9f0e-7d1a-4a57-9a51-3c1f0e3f8a11",
         *         "directors": [
         *           {
         *             "director": "lb1",
         *             "status": "applied",
         *             "weight": 0,
         *             "verified": "10.213.0.21:80 in 10.213.1.10:80/TCP: weight 0",
         *             "steps": [
         *               {
         *                 "name": "connect",
         *                 "status": "ok",
         *                 "startedAt": "2026-12-02T07:00:00.000Z",
         *                 "ms": 1,
         *                 "output": "lvs@10.213.0.11:22"
         *               },
         *               {
         *                 "name": "write",
         *                 "status": "ok",
         *                 "startedAt": "2026-12-02T07:00:00.001Z",
         *                 "ms": 31,
         *                 "output": "/etc/keepalived/lvs-console-runtime/rs-3f0c5a1b2d4e6f70 = -65535"
         *               },
         *               {
         *                 "name": "verify",
         *                 "status": "ok",
         *                 "startedAt": "2026-12-02T07:00:00.032Z",
         *                 "ms": 44,
         *                 "output": "10.213.0.21:80 in 10.213.1.10:80/TCP: weight 0"
         *               }
         *             ]
         *           }
         *         ],
         *         "connections": {
         *           "drained": true,
         *           "waitedMs": 4100,
         *           "samples": [
         *             {
         *               "ms": 0,
         *               "activeConn": 3
         *             },
         *             {
         *               "ms": 4100,
         *               "activeConn": 0
         *             }
         *           ]
         *         }
         *       }
         *     }
         */
        AdminStateResponse: {
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
            /**
             * @description Words after lvs_method TUN (type ipip|gue port N|gre, csum options), kept verbatim; TUN only
             * @example [
             *       "type",
             *       "gue",
             *       "port",
             *       "6080"
             *     ]
             */
            tunnelOptions?: string[];
            /** @description uthreshold: max connections */
            upperThreshold?: number;
            /** @description lthreshold: resume below this many connections */
            lowerThreshold?: number;
            /**
             * @description inhibit_on_failure: set weight 0 instead of removing on failure
             * @default false
             */
            inhibitOnFailure: boolean;
            /** @description notify_up: script run (as root) when the checkers find the server up; admin only */
            notifyUp?: string;
            /** @description notify_down: script run (as root) when the checkers find the server down; admin only */
            notifyDown?: string;
            /** @description smtp_alert: mail on state changes (global_defs notification settings) */
            smtpAlert?: boolean;
            /**
             * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
             * @default enabled
             * @enum {string}
             */
            adminState: "enabled" | "drained" | "disabled";
            healthCheck?: components["schemas"]["HealthCheck"];
            /** @description Further checkers of this real server (keepalived runs every one; the server is up while all pass) */
            additionalChecks?: components["schemas"]["HealthCheck"][];
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
            warnings: components["schemas"]["Issue"][];
            /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
            clusterVersion: number;
            runtime?: components["schemas"]["RuntimeApply"];
        };
        ApiToken: {
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
        ApiTokenCreate: {
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
        ApiTokenCreated: {
            token: components["schemas"]["ApiToken"];
            /** @description The token. Shown once: store it in your CI secret store now. */
            secret: string;
        };
        ApiTokenList: {
            items: components["schemas"]["ApiToken"][];
            total: number;
        };
        ArchivedCluster: {
            /**
             * Format: uuid
             * @description The id the cluster had
             */
            id: string;
            name: string;
            /** @enum {string} */
            mode: "keepalived" | "ipvsadm";
            /** @description Its version when deleted */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deletedAt: string;
            /** @description Who deleted it (user, or user and token) */
            deletedBy: string;
            revisions: number;
            deployments: number;
            description: string;
            /** @description The topology as it was when deleted (including what was never frozen into a revision) */
            spec: unknown;
            /** @description Its revisions, newest first; GET …/revisions/{number} has the spec and rendered text */
            revisionList: components["schemas"]["ArchivedRevision"][];
            /** @description Its deployments with their step logs, newest first */
            deploymentList: components["schemas"]["ArchivedDeployment"][];
        };
        ArchivedClusterPage: {
            items: components["schemas"]["ArchivedClusterSummary"][];
            total: number;
        };
        ArchivedClusterSummary: {
            /**
             * Format: uuid
             * @description The id the cluster had
             */
            id: string;
            name: string;
            /** @enum {string} */
            mode: "keepalived" | "ipvsadm";
            /** @description Its version when deleted */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deletedAt: string;
            /** @description Who deleted it (user, or user and token) */
            deletedBy: string;
            revisions: number;
            deployments: number;
        };
        ArchivedDeployment: {
            /** Format: uuid */
            id: string;
            revision: number;
            status: string;
            parallel: boolean;
            stopOnFailure: boolean;
            requestedBy: string;
            /** Format: date-time */
            createdAt: string;
            startedAt: string | null;
            finishedAt: string | null;
            error: string | null;
            /** @description Per director: position, status, steps (with output), sha256 before and after, error */
            targets: {
                [key: string]: unknown;
            }[];
        };
        ArchivedRevision: {
            number: number;
            specSha256: string;
            author: string;
            message: string;
            /** Format: date-time */
            createdAt: string;
        };
        ArchivedRevisionDetail: {
            number: number;
            specSha256: string;
            author: string;
            message: string;
            /** Format: date-time */
            createdAt: string;
            spec: unknown;
            /** @description The rendered keepalived.conf (or IPVS rules) per director */
            rendered: {
                [key: string]: {
                    text: string;
                    sha256: string;
                };
            };
        };
        AuditEvent: {
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
        };
        AuditPage: {
            items: components["schemas"]["AuditEvent"][];
            total: number;
            nextCursor: string | null;
        };
        AuditVerify: {
            valid: boolean;
            /** @description Events verified before the first broken link (all of them when valid) */
            checked: number;
            firstBroken: {
                id: string;
                reason: string;
            } | null;
        };
        /**
         * @example {
         *       "director": "lb1",
         *       "source": "deployment",
         *       "gatheredAt": "2026-12-02T06:00:00.000Z",
         *       "error": null,
         *       "capabilities": {
         *         "keepalived": {
         *           "version": "2.2.7",
         *           "versionLine": "Keepalived v2.2.7 (01/16,2022)",
         *           "buildOptions": [
         *             "LVS",
         *             "VRRP",
         *             "VRRP_AUTH",
         *             "JSON",
         *             "SNMP_CHECKER",
         *             "DBUS"
         *           ],
         *           "configureFlags": [
         *             "--enable-json",
         *             "--enable-snmp",
         *             "--enable-dbus"
         *           ],
         *           "features": {
         *             "vrrp": true,
         *             "lvs": true,
         *             "vrrpAuth": true,
         *             "json": true,
         *             "snmp": true,
         *             "dbus": true,
         *             "bfd": false,
         *             "regex": false,
         *             "vmac": false
         *           }
         *         },
         *         "ipvs": {
         *           "present": true,
         *           "loaded": true,
         *           "schedulers": [
         *             "rr",
         *             "wlc",
         *             "wrr"
         *           ],
         *           "schedulersKnown": true
         *         },
         *         "ipvsadm": {
         *           "version": "1.31"
         *         },
         *         "kernel": {
         *           "release": "6.1.0-13-amd64"
         *         },
         *         "interfaces": [
         *           {
         *             "name": "eth0",
         *             "addresses": [
         *               "192.0.2.11/24"
         *             ]
         *           }
         *         ]
         *       },
         *       "refusals": [
         *         {
         *           "capability": "ip_vs_mh",
         *           "keyword": "lvs_sched mh",
         *           "path": "virtualServices.1.scheduler",
         *           "message": "director lb1 cannot run lvs_sched mh: its kernel 6.1.0-13-amd64 has no ip_vs_mh module (it has rr, wlc, wrr)"
         *         }
         *       ]
         *     }
         */
        Capabilities: {
            director: string;
            /** @description What read them last (null: never read) */
            source: ("first-contact" | "deployment" | "refresh") | null;
            gatheredAt: string | null;
            /** @description Why the last read failed (the capabilities shown are then from the read before, or null) */
            error: string | null;
            capabilities: {
                keepalived: {
                    version: string | null;
                    versionLine: string | null;
                    buildOptions: string[];
                    configureFlags: string[];
                    /** @description What the build options mean (null: the keepalived prints no build options) */
                    features: {
                        vrrp: boolean;
                        lvs: boolean;
                        vrrpAuth: boolean;
                        json: boolean;
                        snmp: boolean;
                        dbus: boolean;
                        bfd: boolean;
                        regex: boolean;
                        vmac: boolean;
                    } | null;
                };
                ipvs: {
                    present: boolean;
                    loaded: boolean;
                    schedulers: string[];
                    schedulersKnown: boolean;
                };
                ipvsadm: {
                    version: string | null;
                };
                kernel: {
                    release: string | null;
                };
                interfaces: {
                    name: string;
                    addresses: string[];
                }[];
            } | null;
            /** @description What of the cluster's current spec this director cannot run (the plan refuses these) */
            refusals: {
                capability: string;
                keyword: string;
                path: string;
                message: string;
            }[];
        };
        Channel: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "webhook" | "slack" | "email";
            enabled: boolean;
            /** @description What may be shown of the configuration; secrets are only reported as set */
            settings: {
                /** @description webhook/Slack: scheme://host[:port] of the URL (the rest may carry a token) */
                urlOrigin?: string;
                host?: string;
                port?: number;
                /**
                 * @description starttls: plain connection upgraded with STARTTLS, refused if the server does not offer it (port 587); tls: TLS from the first byte (port 465); none: no TLS (only for a relay on a trusted network)
                 * @enum {string}
                 */
                security?: "starttls" | "tls" | "none";
                username?: string | null;
                from?: string;
                to?: string[];
                /** @description Whether a CA certificate is configured */
                caCertificate?: boolean;
            };
            /** @description Which secrets are stored (never their values) */
            secretsSet: ("url" | "secret" | "password")[];
            stats: {
                /** @description Messages waiting or being delivered (retries included) */
                pending: number;
                delivered: number;
                failed: number;
                /** @description The newest message that finished (delivered or failed) */
                lastDelivery: {
                    id: string;
                    /** @enum {string} */
                    status: "pending" | "delivering" | "delivered" | "failed";
                    at: string;
                } | null;
            };
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        ChannelCreateInput: {
            name: string;
            /** @default true */
            enabled?: boolean;
            /** @constant */
            kind: "webhook";
            /** @description Where the JSON is POSTed (secret: stored sealed; only its origin is shown) */
            url: string;
            /** @description HMAC-SHA256 signing key (secret: stored sealed, never returned) */
            secret: string;
        } | {
            name: string;
            /** @default true */
            enabled?: boolean;
            /** @constant */
            kind: "slack";
            /** @description Slack-compatible incoming-webhook URL (secret: it is the credential; only its origin is shown) */
            url: string;
        } | {
            name: string;
            /** @default true */
            enabled?: boolean;
            /** @constant */
            kind: "email";
            host: string;
            /** @default 587 */
            port?: number;
            /**
             * @description starttls: plain connection upgraded with STARTTLS, refused if the server does not offer it (port 587); tls: TLS from the first byte (port 465); none: no TLS (only for a relay on a trusted network)
             * @default starttls
             * @enum {string}
             */
            security?: "starttls" | "tls" | "none";
            /** @description SMTP AUTH user; omit for a relay without authentication */
            username?: string;
            /** @description SMTP AUTH password (secret: stored sealed, never returned) */
            password?: string;
            /**
             * Format: email
             * @description Envelope and header sender
             */
            from: string;
            to: string[];
            /** @description PEM CA certificate(s) to trust for the SMTP server, besides the system ones (a private relay) */
            caCertificate?: string;
        };
        ChannelList: {
            items: components["schemas"]["Channel"][];
            total: number;
        };
        ChannelUpdate: {
            name?: string;
            enabled?: boolean;
            url?: string;
            /** @description HMAC-SHA256 signing key (secret: stored sealed, never returned) */
            secret?: string;
            host?: string;
            port?: number;
            /**
             * @description starttls: plain connection upgraded with STARTTLS, refused if the server does not offer it (port 587); tls: TLS from the first byte (port 465); none: no TLS (only for a relay on a trusted network)
             * @enum {string}
             */
            security?: "starttls" | "tls" | "none";
            username?: string | null;
            password?: string | null;
            /** Format: email */
            from?: string;
            to?: string[];
            caCertificate?: string | null;
        };
        /**
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
         *       "updatedAt": "2026-11-25T03:10:00.000Z"
         *     }
         */
        Cluster: {
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
        ClusterEvent: {
            /** Format: uuid */
            id: string;
            /** @description null: an event of the console itself */
            clusterId: string | null;
            /**
             * @description One of the kinds in docs/timeline.md
             * @example vrrp.transition
             */
            kind: string;
            /** @enum {string} */
            severity: "info" | "warning" | "critical";
            /** @description What it is about (an instance, `service>real server`, a director, a deployment id) */
            subject: string | null;
            summary: string;
            /** @description Kind-specific evidence (docs/timeline.md) */
            data: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            at: string;
        };
        /**
         * @example {
         *       "name": "web-eu",
         *       "directors": [
         *         {
         *           "name": "lb1",
         *           "config": "global_defs {\n  router_id lb1\n}\nvrrp_instance VI_WEB {\n  state MASTER\n  interface eth0\n  virtual_router_id 51\n  priority 150\n  advert_int 1\n  virtual_ipaddress {\n    10.213.1.10/32\n  }\n}\nvirtual_server 10.213.1.10 80 {\n  delay_loop 5\n  lb_algo wrr\n  lb_kind DR\n  protocol TCP\n  real_server 10.213.0.21 80 {\n    weight 10\n    TCP_CHECK {\n      connect_timeout 3\n    }\n  }\n}\n"
         *         },
         *         {
         *           "name": "lb2",
         *           "address": "10.213.0.12",
         *           "config": "global_defs {\n  router_id lb2\n}\nvrrp_instance VI_WEB {\n  state BACKUP\n  interface eth0\n  virtual_router_id 51\n  priority 100\n  advert_int 1\n  virtual_ipaddress {\n    10.213.1.10/32\n  }\n}\nvirtual_server 10.213.1.10 80 {\n  delay_loop 5\n  lb_algo wrr\n  lb_kind DR\n  protocol TCP\n  real_server 10.213.0.21 80 {\n    weight 10\n    TCP_CHECK {\n      connect_timeout 3\n    }\n  }\n}\n"
         *         }
         *       ]
         *     }
         */
        ClusterImportInput: {
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
        /**
         * @example {
         *       "spec": {
         *         "apiVersion": "lvs-console/v1",
         *         "name": "web-eu",
         *         "description": "Public web VIPs",
         *         "mode": "keepalived",
         *         "directors": [
         *           {
         *             "name": "lb1",
         *             "address": "10.213.0.11"
         *           },
         *           {
         *             "name": "lb2",
         *             "address": "10.213.0.12"
         *           }
         *         ],
         *         "vrrpInstances": [
         *           {
         *             "name": "VI_WEB",
         *             "interface": "eth0",
         *             "virtualRouterId": 51,
         *             "members": [
         *               {
         *                 "director": "lb1",
         *                 "priority": 150,
         *                 "state": "MASTER"
         *               },
         *               {
         *                 "director": "lb2",
         *                 "priority": 100
         *               }
         *             ],
         *             "vips": [
         *               {
         *                 "address": "10.213.1.10/32"
         *               }
         *             ]
         *           }
         *         ],
         *         "virtualServices": [
         *           {
         *             "vip": "10.213.1.10",
         *             "port": 80,
         *             "scheduler": "wrr",
         *             "forwarding": "DR",
         *             "realServers": [
         *               {
         *                 "address": "10.213.0.21",
         *                 "port": 80,
         *                 "weight": 10,
         *                 "healthCheck": {
         *                   "type": "HTTP_GET",
         *                   "urls": [
         *                     {
         *                       "path": "/health",
         *                       "statusCode": 200
         *                     }
         *                   ]
         *                 }
         *               },
         *               {
         *                 "address": "10.213.0.22",
         *                 "port": 80,
         *                 "weight": 10,
         *                 "healthCheck": {
         *                   "type": "TCP_CHECK",
         *                   "connectTimeout": 3
         *                 }
         *               }
         *             ]
         *           }
         *         ]
         *       },
         *       "warnings": [
         *         {
         *           "code": "import.kept_verbatim",
         *           "verbatim": true,
         *           "director": "lb1",
         *           "line": 12,
         *           "message": "global_defs: 'vrrp_min_garp' is not modelled by LVS Console; kept verbatim"
         *         }
         *       ]
         *     }
         */
        ClusterImportResult: {
            /** @description The created cluster (absent on a dry run) */
            cluster?: components["schemas"]["ClusterWriteResult"];
            spec: components["schemas"]["ClusterSpec"];
            /** @description What was not modelled (kept out of the spec) or disagreed between files; never silently dropped */
            warnings: components["schemas"]["ImportWarning"][];
        };
        ClusterIncidents: {
            /** Format: uuid */
            clusterId: string;
            /** Format: date-time */
            at: string;
            incidents: components["schemas"]["Incident"][];
            /** @description false: telemetry has not observed the cluster yet (or is off, TELEMETRY_TICK_MS=0): no incidents can be known */
            observed: boolean;
        };
        /**
         * @description Observed state of a cluster, joined with its topology
         * @example {
         *       "clusterId": "0b9f6a43-3d8e-4d55-8a4c-3d6e8f0c1a11",
         *       "at": "2026-11-29T12:00:01.000Z",
         *       "tickMs": 1000,
         *       "directors": {
         *         "lb1": {
         *           "reachable": true,
         *           "keepalived": "running",
         *           "ipvs": "available",
         *           "lastSeen": "2026-11-29T12:00:01.000Z",
         *           "since": "2026-11-29T11:00:00.000Z"
         *         },
         *         "lb2": {
         *           "reachable": false,
         *           "reason": "no answer within 3000 ms",
         *           "keepalived": "unknown",
         *           "ipvs": "unknown",
         *           "since": "2026-11-29T11:59:40.000Z"
         *         }
         *       },
         *       "vips": {
         *         "10.213.1.10": {
         *           "owner": "lb1",
         *           "owners": [
         *             "lb1"
         *           ],
         *           "since": "2026-11-29T11:00:00.000Z"
         *         }
         *       },
         *       "instances": {
         *         "VI_WEB": {
         *           "master": "lb1",
         *           "states": {
         *             "lb1": "MASTER",
         *             "lb2": "unknown"
         *           },
         *           "since": "2026-11-29T11:59:40.000Z"
         *         }
         *       },
         *       "realServers": {
         *         "10.213.1.10:80/TCP>10.213.0.21:80": {
         *           "service": "10.213.1.10:80/TCP",
         *           "realServer": "10.213.0.21:80",
         *           "state": "up",
         *           "observedOn": "lb1",
         *           "weight": 10,
         *           "activeConns": 3,
         *           "inactiveConns": 12,
         *           "conns": 70,
         *           "cps": 7,
         *           "since": "2026-11-29T11:00:00.000Z"
         *         }
         *       }
         *     }
         */
        ClusterLiveState: {
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
        ClusterPage: {
            items: components["schemas"]["Cluster"][];
            total: number;
        };
        /**
         * @example {
         *       "description": "Public web VIPs (EU)"
         *     }
         */
        ClusterPatch: {
            name?: string;
            description?: string;
            /** @enum {string} */
            mode?: "keepalived" | "ipvsadm";
        };
        ClusterSpec: {
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
            directors: components["schemas"]["Director"][];
            /** @default [] */
            vrrpInstances: components["schemas"]["VrrpInstance"][];
            /** @default [] */
            vrrpSyncGroups: components["schemas"]["VrrpSyncGroup"][];
            /** @default [] */
            virtualServices: components["schemas"]["VirtualService"][];
            /** @description global_defs settings beyond router_id (which is the director name) */
            globalDefs?: components["schemas"]["GlobalDefs"];
            /** @description vrrp_script blocks (tracked by instances through trackScripts); scripts run as root */
            vrrpScripts?: components["schemas"]["VrrpScript"][];
            /** @description track_file blocks (vrrp_track_file is the old name) */
            trackFiles?: components["schemas"]["TrackFile"][];
            /** @description vrrp_track_process blocks */
            trackProcesses?: components["schemas"]["TrackProcess"][];
            /** @description virtual_server_group blocks, used by virtual services with a group */
            virtualServerGroups?: components["schemas"]["VirtualServerGroup"][];
            /** @description Top-level keepalived blocks the console keeps verbatim but does not model (static_routes, ...) */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        ClusterSpecInput: {
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
            directors?: components["schemas"]["DirectorInput"][];
            /** @default [] */
            vrrpInstances?: components["schemas"]["VrrpInstanceInput"][];
            /** @default [] */
            vrrpSyncGroups?: components["schemas"]["VrrpSyncGroup"][];
            /** @default [] */
            virtualServices?: components["schemas"]["VirtualServiceInput"][];
            /** @description global_defs settings beyond router_id (which is the director name) */
            globalDefs?: components["schemas"]["GlobalDefs"];
            /** @description vrrp_script blocks (tracked by instances through trackScripts); scripts run as root */
            vrrpScripts?: components["schemas"]["VrrpScript"][];
            /** @description track_file blocks (vrrp_track_file is the old name) */
            trackFiles?: components["schemas"]["TrackFile"][];
            /** @description vrrp_track_process blocks */
            trackProcesses?: components["schemas"]["TrackProcess"][];
            /** @description virtual_server_group blocks, used by virtual services with a group */
            virtualServerGroups?: components["schemas"]["VirtualServerGroup"][];
            /** @description Top-level keepalived blocks the console keeps verbatim but does not model (static_routes, ...) */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        /**
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
        ClusterWriteResult: {
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
            warnings: components["schemas"]["Issue"][];
        };
        Confirmation: {
            id: string;
            clusterId: string;
            deploymentId: string;
            /** @description The revision an unconfirmed deployment is rolled back to */
            revertTo: number;
            deadline: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "rolled_back" | "failed" | "cancelled";
            requestedBy: string;
            resolvedBy: string | null;
            resolvedAt: string | null;
            /** @description The rollback deployment started when the deadline passed */
            rollbackDeploymentId: string | null;
            error: string | null;
            createdAt: string;
        };
        ConfirmationCreate: {
            /**
             * Format: uuid
             * @description The deployment to be confirmed (of this cluster)
             */
            deploymentId: string;
            /** @description Confirm within this many seconds, or the cluster is rolled back to the revision deployed before */
            withinSeconds: number;
        };
        ConfirmationPage: {
            items: components["schemas"]["Confirmation"][];
            total: number;
        };
        ConnectionSample: {
            /** @description since the change was applied */
            ms: number;
            activeConn: number;
        };
        Credential: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "private_key" | "password";
            /** @description SHA256 fingerprint of the public half (keys only) */
            publicKeyFingerprint: string | null;
            /** @description Addresses and networks the credential may be sent to, canonical; [] = nowhere */
            allowedAddresses: string[];
            createdAt: string;
        };
        CredentialCreate: {
            /** @description Referenced by directors (`credential`) */
            name: string;
            /** @constant */
            kind: "private_key";
            /** @description OpenSSH or PEM private key (secret: stored sealed, never returned) */
            privateKey: string;
            /** @description Passphrase of an encrypted key (secret) */
            passphrase?: string;
            /**
             * @description IPv4/IPv6 addresses and networks (CIDR) this credential may be sent to. The console refuses, before connecting, any director whose address is outside it; [] = nowhere. Stored canonical (2001:DB8::1 → 2001:db8::1; 192.0.2.0/32 → 192.0.2.0); host bits in a network and /0 are refused.
             * @example [
             *       "10.213.0.0/24",
             *       "192.0.2.10"
             *     ]
             */
            allowedAddresses: string[];
        } | {
            /** @description Referenced by directors (`credential`) */
            name: string;
            /** @constant */
            kind: "password";
            /** @description SSH password (secret: stored sealed, never returned) */
            password: string;
            /**
             * @description IPv4/IPv6 addresses and networks (CIDR) this credential may be sent to. The console refuses, before connecting, any director whose address is outside it; [] = nowhere. Stored canonical (2001:DB8::1 → 2001:db8::1; 192.0.2.0/32 → 192.0.2.0); host bits in a network and /0 are refused.
             * @example [
             *       "10.213.0.0/24",
             *       "192.0.2.10"
             *     ]
             */
            allowedAddresses: string[];
        };
        CredentialList: {
            items: components["schemas"]["Credential"][];
            total: number;
        };
        CredentialUpdate: {
            /**
             * @description IPv4/IPv6 addresses and networks (CIDR) this credential may be sent to. The console refuses, before connecting, any director whose address is outside it; [] = nowhere. Stored canonical (2001:DB8::1 → 2001:db8::1; 192.0.2.0/32 → 192.0.2.0); host bits in a network and /0 are refused.
             * @example [
             *       "10.213.0.0/24",
             *       "192.0.2.10"
             *     ]
             */
            allowedAddresses: string[];
        };
        Delivery: {
            /** @description Also the X-LVS-Delivery header and `deliveryId` of the payload: receivers de-duplicate on it */
            id: string;
            channelId: string;
            /** @enum {string} */
            status: "pending" | "delivering" | "delivered" | "failed";
            test: boolean;
            kind: string;
            summary: string;
            ruleId: string | null;
            eventId: string | null;
            clusterId: string | null;
            /** @description Events this message stands for (a throttled digest counts all of them) */
            eventCount: number;
            attempts: number;
            /** @description When a pending message is tried (again); null once finished */
            nextAttemptAt: string | null;
            /** @description HTTP status, or the SMTP reply code, of the last attempt */
            responseStatus: number | null;
            /** @description The first 2 KiB of the last response */
            responseBody: string | null;
            lastError: string | null;
            attemptLog: {
                at: string;
                by: string;
                status: number | null;
                error: string | null;
                durationMs: number;
            }[];
            createdAt: string;
            finishedAt: string | null;
        };
        DeliveryPage: {
            items: components["schemas"]["Delivery"][];
            total: number;
            nextCursor: string | null;
        };
        Deployment: {
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
            targets: components["schemas"]["DeploymentTarget"][];
        };
        DeploymentCreateInput: {
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
        DeploymentPage: {
            items: components["schemas"]["Deployment"][];
            total: number;
        };
        DeploymentTarget: {
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
        };
        Director: {
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
        DirectorInput: {
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
        DirectorPage: {
            items: components["schemas"]["DirectorResource"][];
            /** @description Items matching the filters, over all pages */
            total: number;
        };
        /**
         * @description Fields to change; absent fields stay; null removes an optional field; objects and arrays are replaced whole.
         * @example {
         *       "sshPort": 2222,
         *       "credential": null
         *     }
         */
        DirectorPatch: {
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
        /**
         * @example {
         *       "id": "0b7e4a0e-6d0f-4b7e-9a57-3f4a3c1f2d10",
         *       "version": 3,
         *       "createdAt": "2026-11-25T03:00:00.000Z",
         *       "updatedAt": "2026-11-25T03:10:00.000Z",
         *       "name": "lb1",
         *       "address": "10.213.0.11",
         *       "sshPort": 22,
         *       "sshUser": "root",
         *       "credential": "lab-key",
         *       "configPath": "/etc/keepalived/keepalived.conf",
         *       "reloadMethod": "sighup",
         *       "pidFile": "/run/keepalived.pid",
         *       "sudo": false
         *     }
         */
        DirectorResource: {
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
        DirectorRuntimeResult: {
            director: string;
            /** @enum {string} */
            status: "applied" | "failed" | "unreachable" | "skipped";
            /** @description the real server's weight in the director's IPVS table after the change (null: not in the table) */
            weight?: number | null;
            /** @description what was observed (IPVS, VIPs), or why nothing could be */
            verified?: string;
            error?: string;
            steps: components["schemas"]["RuntimeStep"][];
        };
        /**
         * @example {
         *       "id": "0b7e4a0e-6d0f-4b7e-9a57-3f4a3c1f2d10",
         *       "version": 3,
         *       "createdAt": "2026-11-25T03:00:00.000Z",
         *       "updatedAt": "2026-11-25T03:10:00.000Z",
         *       "name": "lb1",
         *       "address": "10.213.0.11",
         *       "sshPort": 22,
         *       "sshUser": "root",
         *       "credential": "lab-key",
         *       "configPath": "/etc/keepalived/keepalived.conf",
         *       "reloadMethod": "sighup",
         *       "pidFile": "/run/keepalived.pid",
         *       "sudo": false,
         *       "warnings": [],
         *       "clusterVersion": 12
         *     }
         */
        DirectorWrite: {
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
            warnings: components["schemas"]["Issue"][];
            /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
            clusterVersion: number;
        };
        Drift: {
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
                /** @description a console track file (runtime controls) holds another value than the console's record: the admin state deployed or applied now, the maintenance state; null when the director's config has none */
                trackFilesDrifted: boolean | null;
                /** @description per differing track file: its path, what it controls, the value found and the value the console has */
                trackFileDifferences: string[];
                error: string | null;
            }[];
        };
        EventsPage: {
            /** @description Newest first */
            items: components["schemas"]["ClusterEvent"][];
            /** @description Events matching the filter (all pages) */
            total: number;
            /** @description Pass as `cursor` for the next (older) page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description A keepalived keyword the console keeps verbatim: keyword, arguments (quotes removed) and an optional block
         * @example {
         *       "keyword": "vrrp_garp_master_refresh",
         *       "args": [
         *         "60"
         *       ]
         *     }
         */
        ExtraEntry: {
            keyword: string;
            args?: string[];
            block?: {
                keyword: string;
                args?: string[];
                block?: {
                    keyword: string;
                    args?: string[];
                }[];
            }[];
        };
        /** @description One field and the rule it broke */
        FieldError: {
            /** @example body.weight */
            path: string;
            message: string;
        };
        Finding: {
            /**
             * @description Stable code of the rule (docs/fleet-safety.md lists them)
             * @enum {string}
             */
            code: "vrid_reused" | "priority_equal" | "master_never_yields" | "backup_never_master" | "nopreempt_master_state" | "unicast_peer_mismatch" | "advert_int_mismatch" | "version_skew" | "capability_missing" | "no_ipvs" | "vrrp_strict";
            /**
             * @description error: keepalived would misbehave — a deployment is refused; warning: look at it
             * @enum {string}
             */
            severity: "warning" | "error";
            clusterId: string;
            cluster: string;
            instance?: string;
            director?: string;
            /**
             * @description Dotted path into the cluster spec
             * @example vrrpInstances.0.virtualRouterId
             */
            path?: string;
            message: string;
            fix: string;
            /** @description The other side of a cross-cluster finding */
            related?: {
                clusterId: string;
                cluster: string;
                instance: string;
            };
            /** @description Whether this finding refuses a deployment of the cluster now: an error of the cluster itself, or against a cluster that has been deployed */
            blocksDeployment: boolean;
        };
        FleetIncident: {
            /**
             * Format: uuid
             * @description Stable while open; the timeline events split_brain.opened/resolved carry it as data.incidentId
             */
            id: string;
            /** Format: uuid */
            clusterId: string;
            /** @description The VRRP instance */
            instance: string;
            /**
             * @description two_masters, no_master, vip_on_several, vip_on_backup, vip_missing, config_mismatch (docs/timeline.md)
             * @enum {string}
             */
            type: "two_masters" | "no_master" | "vip_on_several" | "vip_on_backup" | "vip_missing" | "config_mismatch";
            /** @enum {string} */
            severity: "critical" | "warning";
            summary: string;
            /** @description The directors involved */
            directors: string[];
            /** @description Which director says what, since when */
            evidence: {
                director: string;
                says: string;
                since?: string;
            }[];
            /**
             * Format: date-time
             * @description When the finding was first seen
             */
            openedAt: string;
            /** @description The cluster's name */
            cluster: string;
            /** @enum {string} */
            state: "open" | "resolved";
            /** @description When it ended (null while open) */
            resolvedAt: string | null;
        };
        FleetIncidentsPage: {
            /** @description open: newest opened first; resolved: newest resolved first */
            items: components["schemas"]["FleetIncident"][];
            /** @description Incidents in that state (all pages) */
            total: number;
            /** Format: date-time */
            at: string;
        };
        GlobalDefs: {
            /** @description notification_email: where smtp_alert mails go */
            notificationEmail?: string[];
            /** @description notification_email_from: the From of alert mails (keepalived takes any text, "Name addr@example.com" too) */
            notificationEmailFrom?: string;
            /** @description smtp_server ADDRESS [PORT] (default port 25) */
            smtpServer?: {
                address: string;
                port?: number;
            };
            /** @description smtp_helo_name */
            smtpHeloName?: string;
            /** @description smtp_connect_timeout, seconds */
            smtpConnectTimeout?: number;
            /** @description smtp_alert: default for every smtp_alert */
            smtpAlert?: boolean;
            /** @description smtp_alert_vrrp: default for VRRP alerts */
            smtpAlertVrrp?: boolean;
            /** @description smtp_alert_checker: default for checker alerts */
            smtpAlertChecker?: boolean;
            lvsSyncDaemon?: components["schemas"]["LvsSyncDaemon"];
            /** @description vrrp_garp_* defaults for every instance */
            garp?: {
                /** @description garp_master_delay: seconds before the second set of gratuitous ARPs after becoming MASTER (0: none) */
                masterDelay?: number;
                /** @description garp_master_repeat: gratuitous ARPs sent at a time on becoming MASTER */
                masterRepeat?: number;
                /** @description garp_lower_prio_delay, seconds */
                lowerPrioDelay?: number;
                /** @description garp_lower_prio_repeat */
                lowerPrioRepeat?: number;
                /** @description garp_master_refresh: seconds between refreshes while MASTER (0: none) */
                masterRefresh?: number;
                /** @description garp_master_refresh_repeat */
                masterRefreshRepeat?: number;
                /** @description vrrp_garp_interval: seconds between gratuitous ARPs on an interface (microseconds resolution) */
                interval?: number;
                /** @description vrrp_gna_interval: seconds between unsolicited NAs on an interface */
                gnaInterval?: number;
            };
            /** @description vrrp_version: default VRRP version (IPv6 instances always use 3) */
            vrrpVersion?: 2 | 3;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        HealthCheck: {
            /** @constant */
            type: "TCP_CHECK";
            /** @description connect_port; the real server port when omitted */
            connectPort?: number;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
        } | {
            /** @constant */
            type: "HTTP_GET";
            /** @description connect_port; the real server port when omitted */
            connectPort?: number;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
            urls: components["schemas"]["HttpUrlCheck"][];
        } | {
            /** @constant */
            type: "SSL_GET";
            /** @description connect_port; the real server port when omitted */
            connectPort?: number;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
            urls: components["schemas"]["HttpUrlCheck"][];
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
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
        } | {
            /** @constant */
            type: "DNS_CHECK";
            /** @description connect_port; the real server port when omitted */
            connectPort?: number;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
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
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
            heloName?: string;
            /** @description host { connect_ip ... } blocks: further SMTP servers this checker tests (keepalived checks each in turn) */
            hosts?: components["schemas"]["SmtpHost"][];
        } | {
            /** @constant */
            type: "UDP_CHECK";
            /** @description connect_port; the real server port when omitted */
            connectPort?: number;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
            /** @default false */
            requireReply: boolean;
            /**
             * @description require_reply HEX: the reply must match these bytes (X or x: any nibble); requireReply true
             * @example 0a0bXX
             */
            replyPattern?: string;
            /** @description payload HEX: the UDP data sent (random when omitted) */
            payload?: string;
            /** @description min_reply_length (default 0) */
            minReplyLength?: number;
            /** @description max_reply_length (default 255) */
            maxReplyLength?: number;
        } | {
            /** @constant */
            type: "PING_CHECK";
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
        };
        HealthCheckInput: {
            /** @constant */
            type: "TCP_CHECK";
            /** @description connect_port; the real server port when omitted */
            connectPort?: number;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
        } | {
            /** @constant */
            type: "HTTP_GET";
            /** @description connect_port; the real server port when omitted */
            connectPort?: number;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
            urls: components["schemas"]["HttpUrlCheck"][];
        } | {
            /** @constant */
            type: "SSL_GET";
            /** @description connect_port; the real server port when omitted */
            connectPort?: number;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
            urls: components["schemas"]["HttpUrlCheck"][];
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
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
        } | {
            /** @constant */
            type: "DNS_CHECK";
            /** @description connect_port; the real server port when omitted */
            connectPort?: number;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
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
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
            heloName?: string;
            /** @description host { connect_ip ... } blocks: further SMTP servers this checker tests (keepalived checks each in turn) */
            hosts?: components["schemas"]["SmtpHost"][];
        } | {
            /** @constant */
            type: "UDP_CHECK";
            /** @description connect_port; the real server port when omitted */
            connectPort?: number;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
            /** @default false */
            requireReply?: boolean;
            /**
             * @description require_reply HEX: the reply must match these bytes (X or x: any nibble); requireReply true
             * @example 0a0bXX
             */
            replyPattern?: string;
            /** @description payload HEX: the UDP data sent (random when omitted) */
            payload?: string;
            /** @description min_reply_length (default 0) */
            minReplyLength?: number;
            /** @description max_reply_length (default 255) */
            maxReplyLength?: number;
        } | {
            /** @constant */
            type: "PING_CHECK";
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description connect_timeout, seconds */
            connectTimeout?: number;
            /** @description retry: attempts before the check fails */
            retry?: number;
            /** @description delay_before_retry, seconds */
            delayBeforeRetry?: number;
            /** @description delay_loop of this checker, seconds (the virtual server's when omitted) */
            delayLoop?: number;
        };
        HostKey: {
            director: string;
            /** @description The fingerprint the director offers now (the new one, when it differs from the pinned one) */
            offered: string | null;
            /** @description The pinned fingerprint (the old one, until a re-pin) */
            pinned: string | null;
            matches: boolean | null;
            error: string | null;
            /** @description The stored credential the director uses, if any */
            credential: string | null;
            /**
             * @description Who may pin the offered key: admin when the director uses a credential (pinning decides where its secret goes) or a different key is already pinned (a re-pin); operator otherwise. Cluster-scoped tokens never may when admin is needed.
             * @enum {string}
             */
            acceptRole: "operator" | "admin";
            /** @description After a pin: the fingerprint it replaced (null: none was pinned) */
            previous?: string | null;
        };
        HostKeyAccept: {
            fingerprint: string;
        };
        /**
         * @example {
         *       "fingerprint": "SHA256:2fZ0q6mP3v1QkPzJ9wJjzC8b8r4tE5Qx1Yy7dTn0a9I"
         *     }
         */
        HostKeyBody: {
            fingerprint: string;
        };
        HttpUrlCheck: {
            path: string & (unknown & unknown);
            statusCode?: number;
            /**
             * @description status_code list of codes and ranges (200-299 400-499 503), instead of statusCode
             * @example [
             *       "200-299",
             *       "503"
             *     ]
             */
            statusCodes?: string[];
            /** @description virtualhost of this url (the checker's or the virtual server's when omitted) */
            virtualhost?: string;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            digest?: string;
        };
        ImportWarning: {
            /**
             * @description Stable code (docs/problems.md "Import warning codes"; a spec issue code for a cluster-rule finding)
             * @example import.kept_verbatim
             */
            code: string;
            /** @description true: the line is kept verbatim and rendered back (informational) */
            verbatim?: boolean;
            /** @description Whose file; absent for cluster-wide findings */
            director?: string;
            /** @description The include path, for lines of an included file */
            file?: string;
            /** @description 1-based line; 0 when the finding has no single line */
            line: number;
            /** @description Dotted path into the imported spec, for cluster-rule findings */
            path?: string;
            message: string;
        };
        Incident: {
            /**
             * Format: uuid
             * @description Stable while open; the timeline events split_brain.opened/resolved carry it as data.incidentId
             */
            id: string;
            /** Format: uuid */
            clusterId: string;
            /** @description The VRRP instance */
            instance: string;
            /**
             * @description two_masters, no_master, vip_on_several, vip_on_backup, vip_missing, config_mismatch (docs/timeline.md)
             * @enum {string}
             */
            type: "two_masters" | "no_master" | "vip_on_several" | "vip_on_backup" | "vip_missing" | "config_mismatch";
            /** @enum {string} */
            severity: "critical" | "warning";
            summary: string;
            /** @description The directors involved */
            directors: string[];
            /** @description Which director says what, since when */
            evidence: {
                director: string;
                says: string;
                since?: string;
            }[];
            /**
             * Format: date-time
             * @description When the finding was first seen
             */
            openedAt: string;
        };
        /** @description A cluster rule finding: where in the spec, and what */
        Issue: {
            /** @example spec.virtualServices.0.vip */
            path: string;
            message: string;
        };
        Lint: {
            findings: components["schemas"]["Finding"][];
            errors: number;
            warnings: number;
            /** @description How many clusters were checked against each other */
            clusters: number;
            /** Format: date-time */
            checkedAt: string;
        };
        Liveness: {
            /** @constant */
            status: "ok";
            /** @description Seconds since the API process started. */
            uptimeSeconds: number;
        };
        Login: {
            username: string;
            password: string;
        };
        LvsSyncDaemon: {
            interface: string;
            /** @description VRRP instance whose state the sync daemon follows (master daemon while MASTER); both daemons when omitted */
            instance?: string;
            /** @description id: sync id 0-255 (default the instance VRID) */
            syncId?: number;
            maxlen?: number;
            /** @description UDP port (default 8848) */
            port?: number;
            ttl?: number;
            group?: string;
        };
        /**
         * @example {
         *       "state": "on"
         *     }
         */
        MaintenanceBody: {
            /**
             * @description on: the director gives its VIPs up (its track file lowers its priority); off: back to its configured priority
             * @enum {string}
             */
            state: "on" | "off";
        };
        MaintenanceList: {
            items: {
                director: string;
                maintenance: boolean;
                since: string | null;
                requestedBy: string | null;
            }[];
        };
        /**
         * @example {
         *       "applied": "now",
         *       "message": "applied now, no reload",
         *       "status": "applied",
         *       "changeId": "0b5c9f0e-7d1a-4a57-9a51-3c1f0e3f8a11",
         *       "directors": [
         *         {
         *           "director": "lb1",
         *           "status": "applied",
         *           "verified": "10.213.1.10: held by another member, not lb1 after 1180 ms",
         *           "steps": []
         *         }
         *       ],
         *       "director": "lb1",
         *       "maintenance": true,
         *       "vips": [
         *         {
         *           "vip": "10.213.1.10",
         *           "instance": "VI_WEB",
         *           "from": [
         *             "lb1"
         *           ],
         *           "to": [
         *             "lb2"
         *           ],
         *           "ms": 1180,
         *           "expected": "held by another member, not lb1"
         *         }
         *       ],
         *       "preempt": []
         *     }
         */
        MaintenanceResult: {
            /** @enum {string} */
            applied: "now" | "next-deployment";
            /** @enum {string} */
            message: "applied now, no reload" | "applies at the next deployment";
            /** @description why it was not applied now */
            reason?: string;
            /** @enum {string} */
            status: "applied" | "partial" | "failed" | "next-deployment";
            /** Format: uuid */
            changeId?: string;
            directors: components["schemas"]["DirectorRuntimeResult"][];
            /** @description With waitForConnections: ActiveConn summed over the directors with IPVS, sampled until 0 or the timeout */
            connections?: {
                drained: boolean;
                waitedMs: number;
                samples: components["schemas"]["ConnectionSample"][];
            };
            director: string;
            maintenance: boolean;
            vips: components["schemas"]["VipMove"][];
            /** @description state off: whether each instance takes its VIPs back (preempt) or not (nopreempt, lower priority) */
            preempt: {
                instance: string;
                returns: boolean;
                why: string;
            }[];
        };
        Me: {
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
        /**
         * @example {
         *       "from": "2026-11-29T11:00:00.000Z",
         *       "to": "2026-11-29T12:00:00.000Z",
         *       "step": 60,
         *       "total": 1,
         *       "series": [
         *         {
         *           "service": "10.213.1.10:80/TCP",
         *           "realServer": "10.213.0.21:80",
         *           "points": [
         *             {
         *               "t": "2026-11-29T11:00:00.000Z",
         *               "conns": 420,
         *               "inPkts": 4200,
         *               "outPkts": 0,
         *               "inBytes": 420000,
         *               "outBytes": 0,
         *               "activeConnsMax": 12
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        MetricsSeries: {
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
        Notify: {
            master?: string;
            backup?: string;
            fault?: string;
            stop?: string;
            any?: string;
        };
        OidcLogout: {
            /** @description Send the browser here to end the provider's session too (RP-initiated logout); null for a password session or a provider without end_session_endpoint */
            endSessionUrl: string | null;
        };
        PasswordChange: {
            currentPassword: string;
            /** @description At least 12 characters; not a common password or pattern, not containing the user name */
            newPassword: string;
        };
        Plan: {
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
                /** @description The keepalived release the new config is rendered for (the director's recorded `keepalived -v`, read on first contact and on every deployment); null: version unknown (rendered with the current keywords), or ipvsadm mode */
                keepalivedVersion: string | null;
                /** @description Unified diff live → new */
                diff: string;
            }[];
            warnings: components["schemas"]["Issue"][];
            /** @description Edits since the last deployed revision that one keepalived reload does not apply cleanly (a VIP moved between instances, a changed virtual_router_id, a removed instance, a real server removed without draining), with what to do instead; and every script added, changed or removed (all scripts on a first deployment), with its text and the directors that run it as root */
            hazards: {
                /** @enum {string} */
                kind: "vip-moved" | "vrid-changed" | "instance-removed" | "real-server-removed" | "script-changed";
                path: string;
                message: string;
                /** @description script-changed: the directors that run the script (as root) */
                directors?: string[];
                /** @description script-changed: the script text (the removed text, for a removed script) */
                script?: string;
                /** @description script-changed: the deployed text of a changed script */
                previous?: string;
            }[];
            /** @description VRRP lint of the planned spec against every cluster (docs/fleet-safety.md); errors with blocksDeployment refuse the deployment */
            lint: components["schemas"]["Finding"][];
            /** @description What this deployment changes besides the diff, e.g. directors deployed before runtime controls that get them now (docs/runtime.md) */
            notes: string[];
        };
        /**
         * @example {
         *       "filename": "lvs-prep-10.0.0.21.sh",
         *       "forwarding": "DR",
         *       "script": "#!/bin/sh\n# LVS Console: prepare 10.0.0.21:80 …\n"
         *     }
         */
        PrepScript: {
            filename: string;
            /** @enum {string} */
            forwarding: "DR" | "NAT" | "TUN";
            /** @description POSIX sh, run as root on the real server; idempotent */
            script: string;
        };
        Problem: {
            /**
             * Format: uri
             * @description https://lvs-console.dev/problems/<code>; docs/problems.md explains each code
             */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            /** @example common.validation_failed */
            code: string;
            requestId?: string;
            errors: components["schemas"]["FieldError"][];
        } & {
            [key: string]: unknown;
        };
        Providers: {
            password: {
                /** @description Whether the sign-in page shows the password form (false with LOCAL_LOGIN=break-glass-only) */
                enabled: boolean;
                /** @description Password sign-in is kept for the break-glass users only (BREAK_GLASS_USERS) */
                breakGlassOnly: boolean;
            };
            /** @description Single sign-on over OpenID Connect; null when not configured */
            oidc: {
                /** @description What the button says: "Sign in with <name>" (OIDC_PROVIDER_NAME, or the issuer host) */
                name: string;
                /** @description Navigate the browser here (add ?returnTo=/path) to start the sign-in */
                loginUrl: string;
            } | null;
        };
        Readiness: {
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
        RealServer: {
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
            /**
             * @description Words after lvs_method TUN (type ipip|gue port N|gre, csum options), kept verbatim; TUN only
             * @example [
             *       "type",
             *       "gue",
             *       "port",
             *       "6080"
             *     ]
             */
            tunnelOptions?: string[];
            /** @description uthreshold: max connections */
            upperThreshold?: number;
            /** @description lthreshold: resume below this many connections */
            lowerThreshold?: number;
            /**
             * @description inhibit_on_failure: set weight 0 instead of removing on failure
             * @default false
             */
            inhibitOnFailure: boolean;
            /** @description notify_up: script run (as root) when the checkers find the server up; admin only */
            notifyUp?: string;
            /** @description notify_down: script run (as root) when the checkers find the server down; admin only */
            notifyDown?: string;
            /** @description smtp_alert: mail on state changes (global_defs notification settings) */
            smtpAlert?: boolean;
            /**
             * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
             * @default enabled
             * @enum {string}
             */
            adminState: "enabled" | "drained" | "disabled";
            healthCheck?: components["schemas"]["HealthCheck"];
            /** @description Further checkers of this real server (keepalived runs every one; the server is up while all pass) */
            additionalChecks?: components["schemas"]["HealthCheck"][];
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        /**
         * @example {
         *       "address": "10.0.0.21",
         *       "sshUser": "lvs-check",
         *       "sshPort": 22,
         *       "credential": "real-servers-key",
         *       "sudo": true,
         *       "hostKeyFingerprint": "SHA256:2fZ0q6mP3v1QkPzJ9wJjzC8b8r4tE5Qx1Yy7dTn0a9I",
         *       "version": 2,
         *       "updatedAt": "2026-12-02T07:00:00.000Z"
         *     }
         */
        RealServerAccess: {
            address: string;
            sshUser: string;
            sshPort: number;
            credential: string;
            sudo: boolean;
            /** @description The pinned host key; null until an admin accepts the one the host offers */
            hostKeyFingerprint: string | null;
            /** @description Its ETag is W/"<version>" */
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "sshUser": "lvs-check",
         *       "sshPort": 22,
         *       "credential": "real-servers-key",
         *       "sudo": true
         *     }
         */
        RealServerAccessBodyInput: {
            /** @description User to log in as */
            sshUser: string;
            /** @default 22 */
            sshPort?: number;
            /** @description A stored SSH credential (by name); the real server's address must be inside its binding */
            credential: string;
            /**
             * @description Run the (read-only) check through sudo -n
             * @default false
             */
            sudo?: boolean;
        };
        RealServerCheck: {
            /**
             * @example arp-ignore
             * @example vip-on-loopback:10.0.0.10
             */
            id: string;
            /** @enum {string} */
            status: "pass" | "fail" | "warn";
            title: string;
            detail: string;
            /** @description The command that fixes it (the prep script has them all) */
            fix?: string;
        };
        /**
         * @example {
         *       "realServer": "10.0.0.21:80",
         *       "service": "10.0.0.10:80/TCP",
         *       "forwarding": "DR",
         *       "vips": [
         *         "10.0.0.10"
         *       ],
         *       "status": "fail",
         *       "checkedAt": "2026-12-02T07:00:00.000Z",
         *       "access": null,
         *       "error": null,
         *       "checks": [
         *         {
         *           "id": "vip-on-loopback:10.0.0.10",
         *           "status": "pass",
         *           "title": "10.0.0.10 on lo as /32",
         *           "detail": "the host accepts packets for 10.0.0.10 without owning it on the wire"
         *         },
         *         {
         *           "id": "arp-ignore",
         *           "status": "fail",
         *           "title": "arp_ignore=1 (answer ARP only for addresses of the receiving interface)",
         *           "detail": "effective 0 (all=0, eth0=0): the host answers ARP for the VIP and steals it from the director",
         *           "fix": "sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.eth0.arp_ignore=1"
         *         }
         *       ],
         *       "prepScriptUrl": "/api/v1/clusters/…/virtual-services/…/real-servers/…/prep-script"
         *     }
         */
        RealServerChecks: {
            /** @description address:port */
            realServer: string;
            /** @description The virtual service key */
            service: string;
            /** @enum {string} */
            forwarding: "DR" | "NAT" | "TUN";
            vips: string[];
            /**
             * @description pass: every check passed; fail: one failed; unchecked: no SSH access (or it could not connect: see error) — run the prep script
             * @enum {string}
             */
            status: "pass" | "fail" | "unchecked";
            checkedAt: string | null;
            access: components["schemas"]["RealServerAccess"] | null;
            /** @description Why the checks did not run (no access, host key not accepted, unreachable) */
            error: string | null;
            checks: components["schemas"]["RealServerCheck"][];
            /** @description GET it for the commands to run on the real server (text/x-shellscript) */
            prepScriptUrl: string;
        };
        /**
         * @example {
         *       "offered": "SHA256:2fZ0q6mP3v1QkPzJ9wJjzC8b8r4tE5Qx1Yy7dTn0a9I",
         *       "pinned": null,
         *       "matches": null,
         *       "error": null
         *     }
         */
        RealServerHostKey: {
            /** @description What the host offers now (null: unreachable, see error) */
            offered: string | null;
            pinned: string | null;
            matches: boolean | null;
            error: string | null;
        };
        RealServerInput: {
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
            /**
             * @description Words after lvs_method TUN (type ipip|gue port N|gre, csum options), kept verbatim; TUN only
             * @example [
             *       "type",
             *       "gue",
             *       "port",
             *       "6080"
             *     ]
             */
            tunnelOptions?: string[];
            /** @description uthreshold: max connections */
            upperThreshold?: number;
            /** @description lthreshold: resume below this many connections */
            lowerThreshold?: number;
            /**
             * @description inhibit_on_failure: set weight 0 instead of removing on failure
             * @default false
             */
            inhibitOnFailure?: boolean;
            /** @description notify_up: script run (as root) when the checkers find the server up; admin only */
            notifyUp?: string;
            /** @description notify_down: script run (as root) when the checkers find the server down; admin only */
            notifyDown?: string;
            /** @description smtp_alert: mail on state changes (global_defs notification settings) */
            smtpAlert?: boolean;
            /**
             * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
             * @default enabled
             * @enum {string}
             */
            adminState?: "enabled" | "drained" | "disabled";
            healthCheck?: components["schemas"]["HealthCheckInput"];
            /** @description Further checkers of this real server (keepalived runs every one; the server is up while all pass) */
            additionalChecks?: components["schemas"]["HealthCheckInput"][];
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        RealServerPage: {
            items: components["schemas"]["RealServerResource"][];
            /** @description Items matching the filters, over all pages */
            total: number;
        };
        /**
         * @description Fields to change; absent fields stay; null removes an optional field; objects and arrays are replaced whole.
         * @example {
         *       "weight": 20,
         *       "healthCheck": {
         *         "type": "TCP_CHECK",
         *         "connectTimeout": 2
         *       }
         *     }
         */
        RealServerPatchInput: {
            address?: string;
            /** @description Omitted for fwmark services or DR with "any port". */
            port?: number | null;
            weight?: number;
            /** @description lvs_method override for this real server */
            forwarding?: ("DR" | "NAT" | "TUN") | null;
            /**
             * @description Words after lvs_method TUN (type ipip|gue port N|gre, csum options), kept verbatim; TUN only
             * @example [
             *       "type",
             *       "gue",
             *       "port",
             *       "6080"
             *     ]
             */
            tunnelOptions?: string[] | null;
            /** @description uthreshold: max connections */
            upperThreshold?: number | null;
            /** @description lthreshold: resume below this many connections */
            lowerThreshold?: number | null;
            /** @description inhibit_on_failure: set weight 0 instead of removing on failure */
            inhibitOnFailure?: boolean;
            /** @description notify_up: script run (as root) when the checkers find the server up; admin only */
            notifyUp?: string | null;
            /** @description notify_down: script run (as root) when the checkers find the server down; admin only */
            notifyDown?: string | null;
            /** @description smtp_alert: mail on state changes (global_defs notification settings) */
            smtpAlert?: boolean | null;
            /**
             * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
             * @enum {string}
             */
            adminState?: "enabled" | "drained" | "disabled";
            healthCheck?: components["schemas"]["HealthCheckInput"] | null;
            /** @description Further checkers of this real server (keepalived runs every one; the server is up while all pass) */
            additionalChecks?: components["schemas"]["HealthCheckInput"][] | null;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][] | null;
        };
        /**
         * @example {
         *       "id": "0b7e4a0e-6d0f-4b7e-9a57-3f4a3c1f2d10",
         *       "version": 3,
         *       "createdAt": "2026-11-25T03:00:00.000Z",
         *       "updatedAt": "2026-11-25T03:10:00.000Z",
         *       "virtualServiceId": "5a1d2c3e-0f4b-4c6d-8e9f-a0b1c2d3e4f5",
         *       "key": "10.213.0.21:80",
         *       "address": "10.213.0.21",
         *       "port": 80,
         *       "weight": 10,
         *       "inhibitOnFailure": false,
         *       "adminState": "enabled",
         *       "healthCheck": {
         *         "type": "HTTP_GET",
         *         "connectTimeout": 3,
         *         "urls": [
         *           {
         *             "path": "/health",
         *             "statusCode": 200
         *           }
         *         ]
         *       }
         *     }
         */
        RealServerResource: {
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
            /**
             * @description Words after lvs_method TUN (type ipip|gue port N|gre, csum options), kept verbatim; TUN only
             * @example [
             *       "type",
             *       "gue",
             *       "port",
             *       "6080"
             *     ]
             */
            tunnelOptions?: string[];
            /** @description uthreshold: max connections */
            upperThreshold?: number;
            /** @description lthreshold: resume below this many connections */
            lowerThreshold?: number;
            /**
             * @description inhibit_on_failure: set weight 0 instead of removing on failure
             * @default false
             */
            inhibitOnFailure: boolean;
            /** @description notify_up: script run (as root) when the checkers find the server up; admin only */
            notifyUp?: string;
            /** @description notify_down: script run (as root) when the checkers find the server down; admin only */
            notifyDown?: string;
            /** @description smtp_alert: mail on state changes (global_defs notification settings) */
            smtpAlert?: boolean;
            /**
             * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
             * @default enabled
             * @enum {string}
             */
            adminState: "enabled" | "drained" | "disabled";
            healthCheck?: components["schemas"]["HealthCheck"];
            /** @description Further checkers of this real server (keepalived runs every one; the server is up while all pass) */
            additionalChecks?: components["schemas"]["HealthCheck"][];
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        /**
         * @example {
         *       "id": "0b7e4a0e-6d0f-4b7e-9a57-3f4a3c1f2d10",
         *       "version": 3,
         *       "createdAt": "2026-11-25T03:00:00.000Z",
         *       "updatedAt": "2026-11-25T03:10:00.000Z",
         *       "virtualServiceId": "5a1d2c3e-0f4b-4c6d-8e9f-a0b1c2d3e4f5",
         *       "key": "10.213.0.21:80",
         *       "address": "10.213.0.21",
         *       "port": 80,
         *       "weight": 10,
         *       "inhibitOnFailure": false,
         *       "adminState": "enabled",
         *       "healthCheck": {
         *         "type": "HTTP_GET",
         *         "connectTimeout": 3,
         *         "urls": [
         *           {
         *             "path": "/health",
         *             "statusCode": 200
         *           }
         *         ]
         *       },
         *       "warnings": [],
         *       "clusterVersion": 12
         *     }
         */
        RealServerWrite: {
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
            /**
             * @description Words after lvs_method TUN (type ipip|gue port N|gre, csum options), kept verbatim; TUN only
             * @example [
             *       "type",
             *       "gue",
             *       "port",
             *       "6080"
             *     ]
             */
            tunnelOptions?: string[];
            /** @description uthreshold: max connections */
            upperThreshold?: number;
            /** @description lthreshold: resume below this many connections */
            lowerThreshold?: number;
            /**
             * @description inhibit_on_failure: set weight 0 instead of removing on failure
             * @default false
             */
            inhibitOnFailure: boolean;
            /** @description notify_up: script run (as root) when the checkers find the server up; admin only */
            notifyUp?: string;
            /** @description notify_down: script run (as root) when the checkers find the server down; admin only */
            notifyDown?: string;
            /** @description smtp_alert: mail on state changes (global_defs notification settings) */
            smtpAlert?: boolean;
            /**
             * @description enabled; drained = weight 0 (quiescent); disabled = not rendered
             * @default enabled
             * @enum {string}
             */
            adminState: "enabled" | "drained" | "disabled";
            healthCheck?: components["schemas"]["HealthCheck"];
            /** @description Further checkers of this real server (keepalived runs every one; the server is up while all pass) */
            additionalChecks?: components["schemas"]["HealthCheck"][];
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
            warnings: components["schemas"]["Issue"][];
            /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
            clusterVersion: number;
        };
        RenderedConfig: {
            text: string;
            sha256: string;
            /** @description The keepalived release this director's config was rendered for (its recorded `keepalived -v`); null: none recorded, rendered with the current keywords; absent in ipvsadm mode */
            keepalivedVersion?: string | null;
            /** @description Console keywords left out because that release does not know them (e.g. reload_check_config before 2.2) */
            omitted?: string[];
        };
        Revision: {
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
        };
        RevisionCreateInput: {
            /** @default  */
            message?: string;
        };
        RevisionDetail: {
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
                [key: string]: components["schemas"]["RenderedConfig"];
            };
        };
        RevisionDiff: {
            from: number;
            to: number;
            directors: {
                name: string;
                diff: string;
            }[];
            specChanged: boolean;
        };
        RevisionPage: {
            items: components["schemas"]["Revision"][];
            total: number;
        };
        Rule: {
            id: string;
            name: string;
            enabled: boolean;
            kinds: string[];
            clusterIds: string[];
            channelIds: string[];
            /** @enum {string} */
            minSeverity: "info" | "warning" | "critical";
            throttleSeconds: number;
            notifyResolved: boolean;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        RuleCreateInput: {
            name: string;
            /** @default true */
            enabled?: boolean;
            /**
             * @description Event kinds; [] = every kind
             * @default []
             */
            kinds?: ("vrrp.transition" | "vrrp.master_lost" | "split_brain.opened" | "split_brain.resolved" | "real_server.down" | "real_server.up" | "service.below_quorum" | "service.quorum_restored" | "deployment.succeeded" | "deployment.failed" | "deployment.rolled_back" | "drift.found" | "host_key.mismatch" | "audit.chain_broken" | "topology.changed" | "lint.finding" | "lint.resolved")[];
            /**
             * @description Clusters; [] = every cluster (and events of no cluster)
             * @default []
             */
            clusterIds?: string[];
            channelIds: string[];
            /**
             * @description Only events at least this severe ("resolved" messages excepted)
             * @default info
             * @enum {string}
             */
            minSeverity?: "info" | "warning" | "critical";
            /**
             * @description Per subject (cluster + kind family + subject), at most one message per this window: the first at once, the rest folded into one digest with a count at the window's end
             * @default 300
             */
            throttleSeconds?: number;
            /**
             * @description Also send the quiet "resolved" counterparts (real_server.up, split_brain.resolved, service.quorum_restored) of the kinds chosen
             * @default true
             */
            notifyResolved?: boolean;
        };
        RuleList: {
            items: components["schemas"]["Rule"][];
            total: number;
        };
        RuleUpdate: {
            name?: string;
            enabled?: boolean;
            /** @description Event kinds; [] = every kind */
            kinds?: ("vrrp.transition" | "vrrp.master_lost" | "split_brain.opened" | "split_brain.resolved" | "real_server.down" | "real_server.up" | "service.below_quorum" | "service.quorum_restored" | "deployment.succeeded" | "deployment.failed" | "deployment.rolled_back" | "drift.found" | "host_key.mismatch" | "audit.chain_broken" | "topology.changed" | "lint.finding" | "lint.resolved")[];
            /** @description Clusters; [] = every cluster (and events of no cluster) */
            clusterIds?: string[];
            channelIds?: string[];
            /**
             * @description Only events at least this severe ("resolved" messages excepted)
             * @enum {string}
             */
            minSeverity?: "info" | "warning" | "critical";
            /** @description Per subject (cluster + kind family + subject), at most one message per this window: the first at once, the rest folded into one digest with a count at the window's end */
            throttleSeconds?: number;
            /** @description Also send the quiet "resolved" counterparts (real_server.up, split_brain.resolved, service.quorum_restored) of the kinds chosen */
            notifyResolved?: boolean;
        };
        /** @description How the change reached the directors */
        RuntimeApply: {
            /** @enum {string} */
            applied: "now" | "next-deployment";
            /** @enum {string} */
            message: "applied now, no reload" | "applies at the next deployment";
            /** @description why it was not applied now */
            reason?: string;
            /** @enum {string} */
            status: "applied" | "partial" | "failed" | "next-deployment";
            /** Format: uuid */
            changeId?: string;
            directors: components["schemas"]["DirectorRuntimeResult"][];
            /** @description With waitForConnections: ActiveConn summed over the directors with IPVS, sampled until 0 or the timeout */
            connections?: {
                drained: boolean;
                waitedMs: number;
                samples: components["schemas"]["ConnectionSample"][];
            };
        };
        RuntimeChangePage: {
            items: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "admin-state" | "maintenance";
                target: string;
                value: string;
                /** @enum {string} */
                status: "applied" | "partial" | "failed" | "next-deployment";
                requestedBy: string;
                createdAt: string;
                finishedAt: string | null;
                directors: components["schemas"]["DirectorRuntimeResult"][];
            }[];
            total: number;
        };
        RuntimeStep: {
            /** @description connect, write, verify, ipvsadm, wait-connections, vips */
            name: string;
            /** @enum {string} */
            status: "ok" | "failed" | "skipped";
            startedAt: string;
            ms: number;
            output?: string;
        };
        ScriptAllowlist: {
            /** @description Absolute paths of the executables scripts may run (the first word of notify_*, misc_path, quorum_up/down, …). Empty: any executable (scripts stay admin-only either way). When not empty, a write that adds or changes a script naming another executable is refused with 422. */
            executables: string[];
        };
        SmtpHost: {
            /** @description connect_ip (the real server when omitted) */
            connectIp?: string;
            /** @description connect_port (the checker's when omitted) */
            connectPort?: number;
            /** @description bindto: source address */
            bindTo?: string;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        /**
         * @example {
         *       "version": 13,
         *       "created": [
         *         "realServer:10.213.1.10:80/TCP>10.213.0.23:80"
         *       ],
         *       "changed": [
         *         "realServer:10.213.1.10:80/TCP>10.213.0.21:80"
         *       ],
         *       "deleted": [],
         *       "warnings": []
         *     }
         */
        SpecApplyResult: {
            /** @description The cluster version after the write (the new ETag of the spec) */
            version: number;
            /** @description Keys of what the write added: director:lb3, vrrpInstance:VI_1, vrrpSyncGroup:SG, virtualService:10.0.0.1:80/TCP, realServer:10.0.0.1:80/TCP>10.0.0.13:80 */
            created: string[];
            /** @description Keys of what it changed (`cluster` for name, description or mode) */
            changed: string[];
            /** @description Keys of what it removed */
            deleted: string[];
            warnings: components["schemas"]["Issue"][];
        };
        TrackFile: {
            name: string;
            file: string & (unknown & unknown);
            /** @description weight -254..254: the value read from the file is multiplied by it (0: non-zero means fault) */
            weight?: number;
            reverse?: boolean;
            /** @description init_file [VALUE] [overwrite]: create (or overwrite) the file at start-up */
            initFile?: {
                value?: number;
                overwrite?: boolean;
            };
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        TrackProcess: {
            name: string;
            /** @description process NAME [PARAM ...]: matched exactly (not a pattern) */
            process: string[];
            /** @enum {string} */
            paramMatch?: "initial" | "partial";
            weight?: number;
            reverse?: boolean;
            /** @description quorum: matching processes needed (default 1) */
            quorum?: number;
            quorumMax?: number;
            /** @description fork_delay, seconds */
            forkDelay?: number;
            /** @description terminate_delay, seconds */
            terminateDelay?: number;
            /** @description delay: fork_delay and terminate_delay, seconds (keepalived refuses 0) */
            delay?: number;
            fullCommand?: boolean;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        User: {
            id: string;
            username: string;
            /** @enum {string} */
            role: "viewer" | "operator" | "admin";
            disabled: boolean;
            /**
             * @description local: signs in with a password; oidc: through the OpenID provider only (role re-read from its claim at every sign-in)
             * @enum {string}
             */
            authSource: "local" | "oidc";
            /** @description Until when failed sign-ins from some address still delay the next try (per address; other addresses are not slowed). POST …/unlock ends it. */
            lockedUntil: string | null;
            lastLoginAt: string | null;
            createdAt: string;
        };
        UserCreate: {
            username: string;
            /** @description At least 12 characters; not a common password or pattern, not containing the user name */
            password: string;
            /**
             * @description viewer: read; operator: topology + deploy; admin: users, tokens, credentials
             * @enum {string}
             */
            role: "viewer" | "operator" | "admin";
        };
        UserList: {
            items: components["schemas"]["User"][];
            total: number;
        };
        UserUpdate: {
            /** @enum {string} */
            role?: "viewer" | "operator" | "admin";
            disabled?: boolean;
            /** @description At least 12 characters; not a common password or pattern, not containing the user name */
            password?: string;
        };
        Vip: {
            /**
             * @description Address with optional prefix length
             * @example 192.0.2.10/24
             */
            address: string;
            dev?: string;
            label?: string;
            /**
             * @description Further ip-address options of this VIP kept verbatim, in order (brd 10.0.0.255 scope global ...)
             * @example [
             *       "brd",
             *       "10.0.0.255",
             *       "scope",
             *       "global"
             *     ]
             */
            options?: string[];
        };
        VipMove: {
            vip: string;
            instance: string;
            /** @description directors holding it before */
            from: string[];
            /** @description directors holding it at the end */
            to: string[];
            /** @description from the file write until it was seen where expected (null: not seen in time) */
            ms: number | null;
            /** @description what was waited for */
            expected: string;
        };
        VirtualServerGroup: {
            name: string;
            members: components["schemas"]["VirtualServerGroupMember"][];
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        VirtualServerGroupMember: {
            address: string;
            /** @description Omitted (0) for "all ports" */
            port?: number;
        } | {
            fwmark: number;
            /** @enum {string} */
            family?: "inet" | "inet6";
        };
        VirtualService: {
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
            /** @description virtual_server group NAME: the service answers on every member of that virtual_server_group (instead of vip/port/fwmark) */
            group?: string;
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
            /**
             * @description Words after lvs_method TUN (type ipip|gue port N|gre, csum options), kept verbatim; TUN only
             * @example [
             *       "type",
             *       "gue",
             *       "port",
             *       "6080"
             *     ]
             */
            tunnelOptions?: string[];
            persistence?: {
                timeout: number;
                /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                netmask?: string;
            };
            quorum?: number;
            hysteresis?: number;
            quorumUp?: string;
            quorumDown?: string;
            /** @description Scheduler flags (ipvsadm -b): flag-1..3, sh-port, sh-fallback (sh), mh-port, mh-fallback (mh) */
            schedulerFlags?: ("flag-1" | "flag-2" | "flag-3" | "sh-port" | "sh-fallback" | "mh-port" | "mh-fallback")[];
            /** @description ops: one-packet scheduling (UDP) */
            ops?: boolean;
            /**
             * @description persistence_engine (sip is the only one IPVS has)
             * @enum {string}
             */
            persistenceEngine?: "sip";
            /** @description smtp_alert: mail on quorum changes */
            smtpAlert?: boolean;
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
            realServers: components["schemas"]["RealServer"][];
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        /**
         * @description A virtual service (VIP:port/protocol or fwmark) as in the cluster spec, without its real servers
         * @example {
         *       "vip": "10.213.1.10",
         *       "port": 80,
         *       "protocol": "TCP",
         *       "scheduler": "wrr",
         *       "forwarding": "DR",
         *       "persistence": {
         *         "timeout": 300
         *       },
         *       "alpha": false,
         *       "omega": false,
         *       "delayLoop": 6
         *     }
         */
        VirtualServiceBodyInput: {
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
            /** @description virtual_server group NAME: the service answers on every member of that virtual_server_group (instead of vip/port/fwmark) */
            group?: string;
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
            /**
             * @description Words after lvs_method TUN (type ipip|gue port N|gre, csum options), kept verbatim; TUN only
             * @example [
             *       "type",
             *       "gue",
             *       "port",
             *       "6080"
             *     ]
             */
            tunnelOptions?: string[];
            persistence?: {
                timeout: number;
                /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                netmask?: string;
            };
            quorum?: number;
            hysteresis?: number;
            quorumUp?: string;
            quorumDown?: string;
            /** @description Scheduler flags (ipvsadm -b): flag-1..3, sh-port, sh-fallback (sh), mh-port, mh-fallback (mh) */
            schedulerFlags?: ("flag-1" | "flag-2" | "flag-3" | "sh-port" | "sh-fallback" | "mh-port" | "mh-fallback")[];
            /** @description ops: one-packet scheduling (UDP) */
            ops?: boolean;
            /**
             * @description persistence_engine (sip is the only one IPVS has)
             * @enum {string}
             */
            persistenceEngine?: "sip";
            /** @description smtp_alert: mail on quorum changes */
            smtpAlert?: boolean;
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
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        VirtualServiceInput: {
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
            /** @description virtual_server group NAME: the service answers on every member of that virtual_server_group (instead of vip/port/fwmark) */
            group?: string;
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
            /**
             * @description Words after lvs_method TUN (type ipip|gue port N|gre, csum options), kept verbatim; TUN only
             * @example [
             *       "type",
             *       "gue",
             *       "port",
             *       "6080"
             *     ]
             */
            tunnelOptions?: string[];
            persistence?: {
                timeout: number;
                /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                netmask?: string;
            };
            quorum?: number;
            hysteresis?: number;
            quorumUp?: string;
            quorumDown?: string;
            /** @description Scheduler flags (ipvsadm -b): flag-1..3, sh-port, sh-fallback (sh), mh-port, mh-fallback (mh) */
            schedulerFlags?: ("flag-1" | "flag-2" | "flag-3" | "sh-port" | "sh-fallback" | "mh-port" | "mh-fallback")[];
            /** @description ops: one-packet scheduling (UDP) */
            ops?: boolean;
            /**
             * @description persistence_engine (sip is the only one IPVS has)
             * @enum {string}
             */
            persistenceEngine?: "sip";
            /** @description smtp_alert: mail on quorum changes */
            smtpAlert?: boolean;
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
            realServers?: components["schemas"]["RealServerInput"][];
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        VirtualServicePage: {
            items: components["schemas"]["VirtualServiceResource"][];
            /** @description Items matching the filters, over all pages */
            total: number;
        };
        /**
         * @description Fields to change; absent fields stay; null removes an optional field; objects and arrays are replaced whole.
         * @example {
         *       "scheduler": "wlc",
         *       "persistence": null
         *     }
         */
        VirtualServicePatch: {
            /** @description Virtual IP; omit when fwmark is set */
            vip?: (string) | null;
            /** @description Virtual port; omit for fwmark services or "all ports" (0 in keepalived) */
            port?: number | null;
            /** @enum {string} */
            protocol?: "TCP" | "UDP" | "SCTP";
            /** @description Firewall mark, instead of VIP:port */
            fwmark?: number | null;
            /** @description virtual_server group NAME: the service answers on every member of that virtual_server_group (instead of vip/port/fwmark) */
            group?: string | null;
            /** @description Address family of a fwmark service (default inet) */
            family?: ("inet" | "inet6") | null;
            /** @enum {string} */
            scheduler?: "rr" | "wrr" | "lc" | "wlc" | "lblc" | "lblcr" | "dh" | "sh" | "sed" | "nq" | "mh" | "fo" | "ovf" | "twos";
            /** @enum {string} */
            forwarding?: "DR" | "NAT" | "TUN";
            /**
             * @description Words after lvs_method TUN (type ipip|gue port N|gre, csum options), kept verbatim; TUN only
             * @example [
             *       "type",
             *       "gue",
             *       "port",
             *       "6080"
             *     ]
             */
            tunnelOptions?: string[] | null;
            persistence?: {
                timeout: number;
                /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                netmask?: string;
            } | null;
            quorum?: number | null;
            hysteresis?: number | null;
            quorumUp?: string | null;
            quorumDown?: string | null;
            /** @description Scheduler flags (ipvsadm -b): flag-1..3, sh-port, sh-fallback (sh), mh-port, mh-fallback (mh) */
            schedulerFlags?: ("flag-1" | "flag-2" | "flag-3" | "sh-port" | "sh-fallback" | "mh-port" | "mh-fallback")[] | null;
            /** @description ops: one-packet scheduling (UDP) */
            ops?: boolean | null;
            /** @description persistence_engine (sip is the only one IPVS has) */
            persistenceEngine?: "sip" | null;
            /** @description smtp_alert: mail on quorum changes */
            smtpAlert?: boolean | null;
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
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][] | null;
        };
        /**
         * @example {
         *       "id": "0b7e4a0e-6d0f-4b7e-9a57-3f4a3c1f2d10",
         *       "version": 3,
         *       "createdAt": "2026-11-25T03:00:00.000Z",
         *       "updatedAt": "2026-11-25T03:10:00.000Z",
         *       "key": "10.213.1.10:80/TCP",
         *       "vip": "10.213.1.10",
         *       "port": 80,
         *       "protocol": "TCP",
         *       "scheduler": "wrr",
         *       "forwarding": "DR",
         *       "persistence": {
         *         "timeout": 300
         *       },
         *       "alpha": false,
         *       "omega": false,
         *       "delayLoop": 6
         *     }
         */
        VirtualServiceResource: {
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
            /** @description virtual_server group NAME: the service answers on every member of that virtual_server_group (instead of vip/port/fwmark) */
            group?: string;
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
            /**
             * @description Words after lvs_method TUN (type ipip|gue port N|gre, csum options), kept verbatim; TUN only
             * @example [
             *       "type",
             *       "gue",
             *       "port",
             *       "6080"
             *     ]
             */
            tunnelOptions?: string[];
            persistence?: {
                timeout: number;
                /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                netmask?: string;
            };
            quorum?: number;
            hysteresis?: number;
            quorumUp?: string;
            quorumDown?: string;
            /** @description Scheduler flags (ipvsadm -b): flag-1..3, sh-port, sh-fallback (sh), mh-port, mh-fallback (mh) */
            schedulerFlags?: ("flag-1" | "flag-2" | "flag-3" | "sh-port" | "sh-fallback" | "mh-port" | "mh-fallback")[];
            /** @description ops: one-packet scheduling (UDP) */
            ops?: boolean;
            /**
             * @description persistence_engine (sip is the only one IPVS has)
             * @enum {string}
             */
            persistenceEngine?: "sip";
            /** @description smtp_alert: mail on quorum changes */
            smtpAlert?: boolean;
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
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        /**
         * @example {
         *       "id": "0b7e4a0e-6d0f-4b7e-9a57-3f4a3c1f2d10",
         *       "version": 3,
         *       "createdAt": "2026-11-25T03:00:00.000Z",
         *       "updatedAt": "2026-11-25T03:10:00.000Z",
         *       "key": "10.213.1.10:80/TCP",
         *       "vip": "10.213.1.10",
         *       "port": 80,
         *       "protocol": "TCP",
         *       "scheduler": "wrr",
         *       "forwarding": "DR",
         *       "persistence": {
         *         "timeout": 300
         *       },
         *       "alpha": false,
         *       "omega": false,
         *       "delayLoop": 6,
         *       "warnings": [],
         *       "clusterVersion": 12
         *     }
         */
        VirtualServiceWrite: {
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
            /** @description virtual_server group NAME: the service answers on every member of that virtual_server_group (instead of vip/port/fwmark) */
            group?: string;
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
            /**
             * @description Words after lvs_method TUN (type ipip|gue port N|gre, csum options), kept verbatim; TUN only
             * @example [
             *       "type",
             *       "gue",
             *       "port",
             *       "6080"
             *     ]
             */
            tunnelOptions?: string[];
            persistence?: {
                timeout: number;
                /** @description persistence_granularity: an IPv4 netmask (255.255.255.0) or IPv6 prefix length */
                netmask?: string;
            };
            quorum?: number;
            hysteresis?: number;
            quorumUp?: string;
            quorumDown?: string;
            /** @description Scheduler flags (ipvsadm -b): flag-1..3, sh-port, sh-fallback (sh), mh-port, mh-fallback (mh) */
            schedulerFlags?: ("flag-1" | "flag-2" | "flag-3" | "sh-port" | "sh-fallback" | "mh-port" | "mh-fallback")[];
            /** @description ops: one-packet scheduling (UDP) */
            ops?: boolean;
            /**
             * @description persistence_engine (sip is the only one IPVS has)
             * @enum {string}
             */
            persistenceEngine?: "sip";
            /** @description smtp_alert: mail on quorum changes */
            smtpAlert?: boolean;
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
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
            warnings: components["schemas"]["Issue"][];
            /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
            clusterVersion: number;
        };
        VrrpInstance: {
            name: string;
            interface: string;
            virtualRouterId: number;
            /**
             * @description advert_int, seconds: whole seconds for VRRPv2; VRRPv3 (vrrpVersion 3) takes centiseconds (0.5)
             * @default 1
             */
            advertInt: number;
            /** @description version: VRRP version of this instance (globalDefs.vrrpVersion, else 2; IPv6 instances always 3) */
            vrrpVersion?: 2 | 3;
            /** @default false */
            nopreempt: boolean;
            /** @description preempt_delay, seconds */
            preemptDelay?: number;
            /**
             * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
             * @default false
             */
            unicast: boolean;
            /** @description PASS authentication (VRRPv2); a secret: redacted in logs. keepalived uses only the first 8 characters */
            authPass?: string;
            /**
             * @description auth_type; PASS when omitted. AH (IPsec AH) is deprecated by keepalived and forces the BACKUP start state
             * @enum {string}
             */
            authType?: "PASS" | "AH";
            /** @default [] */
            trackInterfaces: string[];
            /** @description track_interface IF weight N [reverse]: the weight of a tracked interface (unweighted: a fault of the interface is a fault of the instance) */
            trackInterfaceWeights?: {
                [key: string]: {
                    weight: number;
                    /** @description reverse: the weight applies in the opposite direction */
                    reverse?: boolean;
                };
            };
            /** @description track_script: vrrp_script names with an optional per-instance weight */
            trackScripts?: {
                name: string;
                /** @description weight -253..253: overrides the tracked object's own weight for this instance */
                weight?: number;
                reverse?: boolean;
            }[];
            /** @description track_file: track_file names with an optional per-instance weight */
            trackFiles?: {
                name: string;
                /** @description weight -254..254: overrides the tracked object's own weight for this instance */
                weight?: number;
                reverse?: boolean;
            }[];
            /** @description track_process: vrrp_track_process names with an optional per-instance weight */
            trackProcesses?: {
                name: string;
                /** @description weight -254..254: overrides the tracked object's own weight for this instance */
                weight?: number;
                reverse?: boolean;
            }[];
            garpMasterDelay?: number;
            /** @description garp_master_repeat, garp_lower_prio_*, garp_master_refresh*: this instance's gratuitous ARP timing (garpMasterDelay is garp_master_delay) */
            garp?: {
                /** @description garp_master_repeat: gratuitous ARPs sent at a time on becoming MASTER */
                masterRepeat?: number;
                /** @description garp_lower_prio_delay, seconds */
                lowerPrioDelay?: number;
                /** @description garp_lower_prio_repeat */
                lowerPrioRepeat?: number;
                /** @description garp_master_refresh: seconds between refreshes while MASTER (0: none) */
                masterRefresh?: number;
                /** @description garp_master_refresh_repeat */
                masterRefreshRepeat?: number;
            };
            /** @description use_vmac [NAME] [MAC]: the VIPs and adverts use a macvlan with the VRRP virtual MAC */
            useVmac?: {
                /** @description VMAC interface name (vrrp.VRID when omitted) */
                name?: string;
                mac?: string;
            };
            /** @description vmac_xmit_base: send and receive adverts on the base interface (needed with unicast) */
            vmacXmitBase?: boolean;
            /** @description smtp_alert: mail on state transitions */
            smtpAlert?: boolean;
            /** @default {} */
            notify: components["schemas"]["Notify"];
            members: components["schemas"]["VrrpMember"][];
            /** @default [] */
            vips: components["schemas"]["Vip"][];
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        VrrpInstanceInput: {
            name: string;
            interface: string;
            virtualRouterId: number;
            /**
             * @description advert_int, seconds: whole seconds for VRRPv2; VRRPv3 (vrrpVersion 3) takes centiseconds (0.5)
             * @default 1
             */
            advertInt?: number;
            /** @description version: VRRP version of this instance (globalDefs.vrrpVersion, else 2; IPv6 instances always 3) */
            vrrpVersion?: 2 | 3;
            /** @default false */
            nopreempt?: boolean;
            /** @description preempt_delay, seconds */
            preemptDelay?: number;
            /**
             * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
             * @default false
             */
            unicast?: boolean;
            /** @description PASS authentication (VRRPv2); a secret: redacted in logs. keepalived uses only the first 8 characters */
            authPass?: string;
            /**
             * @description auth_type; PASS when omitted. AH (IPsec AH) is deprecated by keepalived and forces the BACKUP start state
             * @enum {string}
             */
            authType?: "PASS" | "AH";
            /** @default [] */
            trackInterfaces?: string[];
            /** @description track_interface IF weight N [reverse]: the weight of a tracked interface (unweighted: a fault of the interface is a fault of the instance) */
            trackInterfaceWeights?: {
                [key: string]: {
                    weight: number;
                    /** @description reverse: the weight applies in the opposite direction */
                    reverse?: boolean;
                };
            };
            /** @description track_script: vrrp_script names with an optional per-instance weight */
            trackScripts?: {
                name: string;
                /** @description weight -253..253: overrides the tracked object's own weight for this instance */
                weight?: number;
                reverse?: boolean;
            }[];
            /** @description track_file: track_file names with an optional per-instance weight */
            trackFiles?: {
                name: string;
                /** @description weight -254..254: overrides the tracked object's own weight for this instance */
                weight?: number;
                reverse?: boolean;
            }[];
            /** @description track_process: vrrp_track_process names with an optional per-instance weight */
            trackProcesses?: {
                name: string;
                /** @description weight -254..254: overrides the tracked object's own weight for this instance */
                weight?: number;
                reverse?: boolean;
            }[];
            garpMasterDelay?: number;
            /** @description garp_master_repeat, garp_lower_prio_*, garp_master_refresh*: this instance's gratuitous ARP timing (garpMasterDelay is garp_master_delay) */
            garp?: {
                /** @description garp_master_repeat: gratuitous ARPs sent at a time on becoming MASTER */
                masterRepeat?: number;
                /** @description garp_lower_prio_delay, seconds */
                lowerPrioDelay?: number;
                /** @description garp_lower_prio_repeat */
                lowerPrioRepeat?: number;
                /** @description garp_master_refresh: seconds between refreshes while MASTER (0: none) */
                masterRefresh?: number;
                /** @description garp_master_refresh_repeat */
                masterRefreshRepeat?: number;
            };
            /** @description use_vmac [NAME] [MAC]: the VIPs and adverts use a macvlan with the VRRP virtual MAC */
            useVmac?: {
                /** @description VMAC interface name (vrrp.VRID when omitted) */
                name?: string;
                mac?: string;
            };
            /** @description vmac_xmit_base: send and receive adverts on the base interface (needed with unicast) */
            vmacXmitBase?: boolean;
            /** @description smtp_alert: mail on state transitions */
            smtpAlert?: boolean;
            /** @default {} */
            notify?: components["schemas"]["Notify"];
            members: components["schemas"]["VrrpMemberInput"][];
            /** @default [] */
            vips?: components["schemas"]["Vip"][];
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        VrrpInstancePage: {
            items: components["schemas"]["VrrpInstanceResource"][];
            /** @description Items matching the filters, over all pages */
            total: number;
        };
        /**
         * @description Fields to change; absent fields stay; null removes an optional field; objects and arrays are replaced whole.
         * @example {
         *       "advertInt": 2,
         *       "preemptDelay": null
         *     }
         */
        VrrpInstancePatchInput: {
            name?: string;
            interface?: string;
            virtualRouterId?: number;
            /** @description advert_int, seconds: whole seconds for VRRPv2; VRRPv3 (vrrpVersion 3) takes centiseconds (0.5) */
            advertInt?: number;
            /** @description version: VRRP version of this instance (globalDefs.vrrpVersion, else 2; IPv6 instances always 3) */
            vrrpVersion?: (2 | 3) | null;
            nopreempt?: boolean;
            /** @description preempt_delay, seconds */
            preemptDelay?: number | null;
            /** @description Use unicast_src_ip/unicast_peer between the members instead of multicast */
            unicast?: boolean;
            /** @description PASS authentication (VRRPv2); a secret: redacted in logs. keepalived uses only the first 8 characters */
            authPass?: string | null;
            /** @description auth_type; PASS when omitted. AH (IPsec AH) is deprecated by keepalived and forces the BACKUP start state */
            authType?: ("PASS" | "AH") | null;
            trackInterfaces?: string[];
            /** @description track_interface IF weight N [reverse]: the weight of a tracked interface (unweighted: a fault of the interface is a fault of the instance) */
            trackInterfaceWeights?: {
                [key: string]: {
                    weight: number;
                    /** @description reverse: the weight applies in the opposite direction */
                    reverse?: boolean;
                };
            } | null;
            /** @description track_script: vrrp_script names with an optional per-instance weight */
            trackScripts?: {
                name: string;
                /** @description weight -253..253: overrides the tracked object's own weight for this instance */
                weight?: number;
                reverse?: boolean;
            }[] | null;
            /** @description track_file: track_file names with an optional per-instance weight */
            trackFiles?: {
                name: string;
                /** @description weight -254..254: overrides the tracked object's own weight for this instance */
                weight?: number;
                reverse?: boolean;
            }[] | null;
            /** @description track_process: vrrp_track_process names with an optional per-instance weight */
            trackProcesses?: {
                name: string;
                /** @description weight -254..254: overrides the tracked object's own weight for this instance */
                weight?: number;
                reverse?: boolean;
            }[] | null;
            garpMasterDelay?: number | null;
            /** @description garp_master_repeat, garp_lower_prio_*, garp_master_refresh*: this instance's gratuitous ARP timing (garpMasterDelay is garp_master_delay) */
            garp?: {
                /** @description garp_master_repeat: gratuitous ARPs sent at a time on becoming MASTER */
                masterRepeat?: number;
                /** @description garp_lower_prio_delay, seconds */
                lowerPrioDelay?: number;
                /** @description garp_lower_prio_repeat */
                lowerPrioRepeat?: number;
                /** @description garp_master_refresh: seconds between refreshes while MASTER (0: none) */
                masterRefresh?: number;
                /** @description garp_master_refresh_repeat */
                masterRefreshRepeat?: number;
            } | null;
            /** @description use_vmac [NAME] [MAC]: the VIPs and adverts use a macvlan with the VRRP virtual MAC */
            useVmac?: {
                /** @description VMAC interface name (vrrp.VRID when omitted) */
                name?: string;
                mac?: string;
            } | null;
            /** @description vmac_xmit_base: send and receive adverts on the base interface (needed with unicast) */
            vmacXmitBase?: boolean | null;
            /** @description smtp_alert: mail on state transitions */
            smtpAlert?: boolean | null;
            notify?: components["schemas"]["Notify"];
            members?: components["schemas"]["VrrpMemberInput"][];
            vips?: components["schemas"]["Vip"][];
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][] | null;
        };
        /**
         * @example {
         *       "id": "0b7e4a0e-6d0f-4b7e-9a57-3f4a3c1f2d10",
         *       "version": 3,
         *       "createdAt": "2026-11-25T03:00:00.000Z",
         *       "updatedAt": "2026-11-25T03:10:00.000Z",
         *       "name": "VI_WEB",
         *       "interface": "eth0",
         *       "virtualRouterId": 51,
         *       "advertInt": 1,
         *       "nopreempt": false,
         *       "unicast": false,
         *       "trackInterfaces": [],
         *       "notify": {},
         *       "members": [
         *         {
         *           "director": "lb1",
         *           "priority": 150,
         *           "state": "MASTER"
         *         },
         *         {
         *           "director": "lb2",
         *           "priority": 100,
         *           "state": "BACKUP"
         *         }
         *       ],
         *       "vips": [
         *         {
         *           "address": "10.213.1.10/32",
         *           "dev": "eth0"
         *         }
         *       ]
         *     }
         */
        VrrpInstanceResource: {
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
             * @description advert_int, seconds: whole seconds for VRRPv2; VRRPv3 (vrrpVersion 3) takes centiseconds (0.5)
             * @default 1
             */
            advertInt: number;
            /** @description version: VRRP version of this instance (globalDefs.vrrpVersion, else 2; IPv6 instances always 3) */
            vrrpVersion?: 2 | 3;
            /** @default false */
            nopreempt: boolean;
            /** @description preempt_delay, seconds */
            preemptDelay?: number;
            /**
             * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
             * @default false
             */
            unicast: boolean;
            /** @description PASS authentication (VRRPv2); a secret: redacted in logs. keepalived uses only the first 8 characters */
            authPass?: string;
            /**
             * @description auth_type; PASS when omitted. AH (IPsec AH) is deprecated by keepalived and forces the BACKUP start state
             * @enum {string}
             */
            authType?: "PASS" | "AH";
            /** @default [] */
            trackInterfaces: string[];
            /** @description track_interface IF weight N [reverse]: the weight of a tracked interface (unweighted: a fault of the interface is a fault of the instance) */
            trackInterfaceWeights?: {
                [key: string]: {
                    weight: number;
                    /** @description reverse: the weight applies in the opposite direction */
                    reverse?: boolean;
                };
            };
            /** @description track_script: vrrp_script names with an optional per-instance weight */
            trackScripts?: {
                name: string;
                /** @description weight -253..253: overrides the tracked object's own weight for this instance */
                weight?: number;
                reverse?: boolean;
            }[];
            /** @description track_file: track_file names with an optional per-instance weight */
            trackFiles?: {
                name: string;
                /** @description weight -254..254: overrides the tracked object's own weight for this instance */
                weight?: number;
                reverse?: boolean;
            }[];
            /** @description track_process: vrrp_track_process names with an optional per-instance weight */
            trackProcesses?: {
                name: string;
                /** @description weight -254..254: overrides the tracked object's own weight for this instance */
                weight?: number;
                reverse?: boolean;
            }[];
            garpMasterDelay?: number;
            /** @description garp_master_repeat, garp_lower_prio_*, garp_master_refresh*: this instance's gratuitous ARP timing (garpMasterDelay is garp_master_delay) */
            garp?: {
                /** @description garp_master_repeat: gratuitous ARPs sent at a time on becoming MASTER */
                masterRepeat?: number;
                /** @description garp_lower_prio_delay, seconds */
                lowerPrioDelay?: number;
                /** @description garp_lower_prio_repeat */
                lowerPrioRepeat?: number;
                /** @description garp_master_refresh: seconds between refreshes while MASTER (0: none) */
                masterRefresh?: number;
                /** @description garp_master_refresh_repeat */
                masterRefreshRepeat?: number;
            };
            /** @description use_vmac [NAME] [MAC]: the VIPs and adverts use a macvlan with the VRRP virtual MAC */
            useVmac?: {
                /** @description VMAC interface name (vrrp.VRID when omitted) */
                name?: string;
                mac?: string;
            };
            /** @description vmac_xmit_base: send and receive adverts on the base interface (needed with unicast) */
            vmacXmitBase?: boolean;
            /** @description smtp_alert: mail on state transitions */
            smtpAlert?: boolean;
            /** @default {} */
            notify: components["schemas"]["Notify"];
            members: components["schemas"]["VrrpMember"][];
            /** @default [] */
            vips: components["schemas"]["Vip"][];
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        /**
         * @example {
         *       "id": "0b7e4a0e-6d0f-4b7e-9a57-3f4a3c1f2d10",
         *       "version": 3,
         *       "createdAt": "2026-11-25T03:00:00.000Z",
         *       "updatedAt": "2026-11-25T03:10:00.000Z",
         *       "name": "VI_WEB",
         *       "interface": "eth0",
         *       "virtualRouterId": 51,
         *       "advertInt": 1,
         *       "nopreempt": false,
         *       "unicast": false,
         *       "trackInterfaces": [],
         *       "notify": {},
         *       "members": [
         *         {
         *           "director": "lb1",
         *           "priority": 150,
         *           "state": "MASTER"
         *         },
         *         {
         *           "director": "lb2",
         *           "priority": 100,
         *           "state": "BACKUP"
         *         }
         *       ],
         *       "vips": [
         *         {
         *           "address": "10.213.1.10/32",
         *           "dev": "eth0"
         *         }
         *       ],
         *       "warnings": [],
         *       "clusterVersion": 12
         *     }
         */
        VrrpInstanceWrite: {
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
             * @description advert_int, seconds: whole seconds for VRRPv2; VRRPv3 (vrrpVersion 3) takes centiseconds (0.5)
             * @default 1
             */
            advertInt: number;
            /** @description version: VRRP version of this instance (globalDefs.vrrpVersion, else 2; IPv6 instances always 3) */
            vrrpVersion?: 2 | 3;
            /** @default false */
            nopreempt: boolean;
            /** @description preempt_delay, seconds */
            preemptDelay?: number;
            /**
             * @description Use unicast_src_ip/unicast_peer between the members instead of multicast
             * @default false
             */
            unicast: boolean;
            /** @description PASS authentication (VRRPv2); a secret: redacted in logs. keepalived uses only the first 8 characters */
            authPass?: string;
            /**
             * @description auth_type; PASS when omitted. AH (IPsec AH) is deprecated by keepalived and forces the BACKUP start state
             * @enum {string}
             */
            authType?: "PASS" | "AH";
            /** @default [] */
            trackInterfaces: string[];
            /** @description track_interface IF weight N [reverse]: the weight of a tracked interface (unweighted: a fault of the interface is a fault of the instance) */
            trackInterfaceWeights?: {
                [key: string]: {
                    weight: number;
                    /** @description reverse: the weight applies in the opposite direction */
                    reverse?: boolean;
                };
            };
            /** @description track_script: vrrp_script names with an optional per-instance weight */
            trackScripts?: {
                name: string;
                /** @description weight -253..253: overrides the tracked object's own weight for this instance */
                weight?: number;
                reverse?: boolean;
            }[];
            /** @description track_file: track_file names with an optional per-instance weight */
            trackFiles?: {
                name: string;
                /** @description weight -254..254: overrides the tracked object's own weight for this instance */
                weight?: number;
                reverse?: boolean;
            }[];
            /** @description track_process: vrrp_track_process names with an optional per-instance weight */
            trackProcesses?: {
                name: string;
                /** @description weight -254..254: overrides the tracked object's own weight for this instance */
                weight?: number;
                reverse?: boolean;
            }[];
            garpMasterDelay?: number;
            /** @description garp_master_repeat, garp_lower_prio_*, garp_master_refresh*: this instance's gratuitous ARP timing (garpMasterDelay is garp_master_delay) */
            garp?: {
                /** @description garp_master_repeat: gratuitous ARPs sent at a time on becoming MASTER */
                masterRepeat?: number;
                /** @description garp_lower_prio_delay, seconds */
                lowerPrioDelay?: number;
                /** @description garp_lower_prio_repeat */
                lowerPrioRepeat?: number;
                /** @description garp_master_refresh: seconds between refreshes while MASTER (0: none) */
                masterRefresh?: number;
                /** @description garp_master_refresh_repeat */
                masterRefreshRepeat?: number;
            };
            /** @description use_vmac [NAME] [MAC]: the VIPs and adverts use a macvlan with the VRRP virtual MAC */
            useVmac?: {
                /** @description VMAC interface name (vrrp.VRID when omitted) */
                name?: string;
                mac?: string;
            };
            /** @description vmac_xmit_base: send and receive adverts on the base interface (needed with unicast) */
            vmacXmitBase?: boolean;
            /** @description smtp_alert: mail on state transitions */
            smtpAlert?: boolean;
            /** @default {} */
            notify: components["schemas"]["Notify"];
            members: components["schemas"]["VrrpMember"][];
            /** @default [] */
            vips: components["schemas"]["Vip"][];
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
            warnings: components["schemas"]["Issue"][];
            /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
            clusterVersion: number;
        };
        VrrpMember: {
            director: string;
            /** @description priority 1-254; 255 = this director owns the VIPs (address owner: it preempts at once) */
            priority: number;
            /**
             * @default BACKUP
             * @enum {string}
             */
            state: "MASTER" | "BACKUP";
        };
        VrrpMemberInput: {
            director: string;
            /** @description priority 1-254; 255 = this director owns the VIPs (address owner: it preempts at once) */
            priority: number;
            /**
             * @default BACKUP
             * @enum {string}
             */
            state?: "MASTER" | "BACKUP";
        };
        VrrpScript: {
            name: string;
            /** @example /usr/bin/killall -0 haproxy */
            script: string;
            /** @description interval, seconds between runs (keepalived default 1) */
            interval?: number;
            /** @description timeout, seconds before a run counts as failed */
            timeout?: number;
            /** @description weight -253..253: added to (or subtracted from) the priority while the script succeeds (fails) */
            weight?: number;
            reverse?: boolean;
            /** @description rise: successes before OK */
            rise?: number;
            /** @description fall: failures before KO */
            fall?: number;
            /** @description user [group] the script runs as (default script_user) */
            user?: string;
            /** @description init_fail: the script starts in the failed state */
            initFail?: boolean;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        VrrpSyncGroup: {
            name: string;
            instances: string[];
            /** @description sync_group_tracking_weight: the members' weighted tracking applies (keepalived otherwise ignores tracked objects with a weight) */
            trackingWeight?: boolean;
            /** @description notify_* scripts of the sync group (run as root, admin only) */
            notify?: components["schemas"]["Notify"];
            /** @description smtp_alert: mail on state transitions of the group */
            smtpAlert?: boolean;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        VrrpSyncGroupPage: {
            items: components["schemas"]["VrrpSyncGroupResource"][];
            /** @description Items matching the filters, over all pages */
            total: number;
        };
        /**
         * @description Fields to change; absent fields stay; null removes an optional field; objects and arrays are replaced whole.
         * @example {
         *       "instances": [
         *         "VI_WEB",
         *         "VI_WEB6",
         *         "VI_DB"
         *       ]
         *     }
         */
        VrrpSyncGroupPatch: {
            name?: string;
            instances?: string[];
            /** @description sync_group_tracking_weight: the members' weighted tracking applies (keepalived otherwise ignores tracked objects with a weight) */
            trackingWeight?: boolean | null;
            /** @description notify_* scripts of the sync group (run as root, admin only) */
            notify?: components["schemas"]["Notify"] | null;
            /** @description smtp_alert: mail on state transitions of the group */
            smtpAlert?: boolean | null;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][] | null;
        };
        /**
         * @example {
         *       "id": "0b7e4a0e-6d0f-4b7e-9a57-3f4a3c1f2d10",
         *       "version": 3,
         *       "createdAt": "2026-11-25T03:00:00.000Z",
         *       "updatedAt": "2026-11-25T03:10:00.000Z",
         *       "name": "SG_WEB",
         *       "instances": [
         *         "VI_WEB",
         *         "VI_WEB6"
         *       ]
         *     }
         */
        VrrpSyncGroupResource: {
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
            /** @description sync_group_tracking_weight: the members' weighted tracking applies (keepalived otherwise ignores tracked objects with a weight) */
            trackingWeight?: boolean;
            /** @description notify_* scripts of the sync group (run as root, admin only) */
            notify?: components["schemas"]["Notify"];
            /** @description smtp_alert: mail on state transitions of the group */
            smtpAlert?: boolean;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
        };
        /**
         * @example {
         *       "id": "0b7e4a0e-6d0f-4b7e-9a57-3f4a3c1f2d10",
         *       "version": 3,
         *       "createdAt": "2026-11-25T03:00:00.000Z",
         *       "updatedAt": "2026-11-25T03:10:00.000Z",
         *       "name": "SG_WEB",
         *       "instances": [
         *         "VI_WEB",
         *         "VI_WEB6"
         *       ],
         *       "warnings": [],
         *       "clusterVersion": 12
         *     }
         */
        VrrpSyncGroupWrite: {
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
            /** @description sync_group_tracking_weight: the members' weighted tracking applies (keepalived otherwise ignores tracked objects with a weight) */
            trackingWeight?: boolean;
            /** @description notify_* scripts of the sync group (run as root, admin only) */
            notify?: components["schemas"]["Notify"];
            /** @description smtp_alert: mail on state transitions of the group */
            smtpAlert?: boolean;
            /** @description keepalived keywords of this block the console keeps verbatim but does not model, in order; rendered back at the end of the block */
            extra?: components["schemas"]["ExtraEntry"][];
            /** @description Cluster-wide rule warnings after the write (stored anyway; an operator should look) */
            warnings: components["schemas"]["Issue"][];
            /** @description The cluster's version after the write: the ETag of GET /clusters/{clusterId}/spec */
            clusterVersion: number;
        };
        WhatIf: {
            failures: {
                /** @enum {string} */
                kind: "director" | "interface" | "script" | "real-server";
                director?: string;
                name?: string;
                address?: string;
                port?: number;
            }[];
            /** @description Whether the live state (current MASTERs, directors down, real servers down) was used; false: the spec alone */
            live: boolean;
            liveAt: string | null;
            downDirectors: {
                director: string;
                why: string;
            }[];
            instances: {
                name: string;
                before: string | null;
                after: string | null;
                changed: boolean;
                members: {
                    director: string;
                    /** @enum {string} */
                    state: "MASTER" | "BACKUP" | "FAULT" | "DOWN";
                    /** @description Effective priority after the failure (null: FAULT or down) */
                    priority: number | null;
                    base: number;
                    why: string[];
                }[];
                vips: string[];
                /** @description About how long until the new MASTER holds the VIPs, by keepalived's timers */
                takeoverSeconds?: number;
                notes: string[];
            }[];
            vips: {
                address: string;
                instance: string;
                from: string | null;
                to: string | null;
            }[];
            services: {
                service: string;
                vip: string | null;
                directorBefore?: string | null;
                directorAfter?: string | null;
                realServers: {
                    total: number;
                    before: number;
                    after: number;
                };
                weight: {
                    before: number;
                    after: number;
                };
                lost: string[];
                quorum: number;
                belowQuorumBefore: boolean;
                belowQuorumAfter: boolean;
                down: boolean;
            }[];
            summary: string[];
        };
    };
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
                    "application/json": components["schemas"]["AuditPage"];
                    "text/csv": components["schemas"]["AuditPage"];
                    "application/x-ndjson": components["schemas"]["AuditPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["AuditVerify"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Events_cluster: {
        parameters: {
            query?: {
                /** @description Inclusive lower bound of `at` (ISO-8601) */
                from?: unknown;
                /** @description Exclusive upper bound of `at` (ISO-8601) */
                to?: unknown;
                /** @description Comma-separated kinds, or prefixes ending in "." (e.g. `vrrp.,deployment.failed`) */
                kind?: string;
                /** @description Comma-separated severities (info, warning, critical) */
                severity?: string;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                limit?: number;
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
            /** @description One page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventsPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Events_all: {
        parameters: {
            query?: {
                /** @description Inclusive lower bound of `at` (ISO-8601) */
                from?: unknown;
                /** @description Exclusive upper bound of `at` (ISO-8601) */
                to?: unknown;
                /** @description Comma-separated kinds, or prefixes ending in "." (e.g. `vrrp.,deployment.failed`) */
                kind?: string;
                /** @description Comma-separated severities (info, warning, critical) */
                severity?: string;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventsPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RealServerChecks_run: {
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
            /** @description The checks, or why they did not run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealServerChecks"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RealServerChecks_prepScript: {
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
            /** @description POSIX sh, or the same as JSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/x-shellscript": string;
                    "application/json": components["schemas"]["PrepScript"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RealServerChecks_getAccess: {
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
            /** @description The access. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealServerAccess"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RealServerChecks_putAccess: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the real server access from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
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
                "application/json": components["schemas"]["RealServerAccessBodyInput"];
            };
        };
        responses: {
            /** @description Stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealServerAccess"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RealServerChecks_deleteAccess: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the real server access from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
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
            /** @description Removed. */
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RealServerChecks_hostKey: {
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
            /** @description Offered and pinned fingerprints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealServerHostKey"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RealServerChecks_acceptHostKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the real server access from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
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
                "application/json": components["schemas"]["HostKeyBody"];
            };
        };
        responses: {
            /** @description Pinned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealServerHostKey"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["Login"];
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Auth_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Oidc_providers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sign-in methods. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Providers"];
                };
            };
        };
    };
    Oidc_login: {
        parameters: {
            query?: {
                /** @description Where to land after signing in (a path on the console, e.g. /clusters); the overview when absent */
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider's authorization endpoint. */
            303: {
                headers: {
                    /** @description Where the browser goes next */
                    Location?: string;
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Oidc_callback: {
        parameters: {
            query?: {
                /** @description The provider's error instead of a code (e.g. access_denied) */
                error?: string;
                /** @description The provider's issuer (RFC 9207), checked when sent */
                iss?: string;
                /** @description Must equal the state sealed in the flow cookie */
                state?: string;
                /** @description The authorization code (from the provider) */
                code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: to the page the sign-in started from. */
            303: {
                headers: {
                    /** @description Where the browser goes next */
                    Location?: string;
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Oidc_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcLogout"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["UserList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Users_unlock: {
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
            /** @description Unlocked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["ApiTokenList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["ApiTokenCreate"];
            };
        };
        responses: {
            /** @description Created; copy `secret` now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenCreated"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["CredentialList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["CredentialCreate"];
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Credential"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Credentials_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                credentialId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialUpdate"];
            };
        };
        responses: {
            /** @description The credential with its new binding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Credential"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["ClusterPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["ClusterSpecInput"];
            };
        };
        responses: {
            /** @description Created, with rule warnings; ETag and Location headers. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterWriteResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["ClusterImportInput"];
            };
        };
        responses: {
            /** @description Dry run: the spec and the warnings; nothing created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterImportResult"];
                };
            };
            /** @description Created, with the imported spec and the warnings; ETag and Location of the cluster. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterImportResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["Cluster"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["ClusterPatch"];
            };
        };
        responses: {
            /** @description Updated; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterWriteResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["ClusterSpec"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["ClusterSpecInput"];
            };
        };
        responses: {
            /** @description Applied; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecApplyResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["AdminStateByKeyInput"];
            };
        };
        responses: {
            /** @description Changed; `runtime` with apply "now". */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminStateByKeyResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Archive_list: {
        parameters: {
            query?: {
                /** @description Matches the cluster name */
                q?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of archived clusters with the total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchivedClusterPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Archive_get: {
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
            /** @description The archived cluster. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchivedCluster"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Archive_revision: {
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
            /** @description The archived revision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchivedRevisionDetail"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["DirectorPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["DirectorInput"];
            };
        };
        responses: {
            /** @description Created; ETag and Location headers; cluster-wide warnings in `warnings`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectorWrite"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["DirectorResource"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["DirectorInput"];
            };
        };
        responses: {
            /** @description Replaced; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectorWrite"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["DirectorPatch"];
            };
        };
        responses: {
            /** @description Updated; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectorWrite"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["VrrpInstancePage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["VrrpInstanceInput"];
            };
        };
        responses: {
            /** @description Created; ETag and Location headers; cluster-wide warnings in `warnings`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VrrpInstanceWrite"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["VrrpInstanceResource"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["VrrpInstanceInput"];
            };
        };
        responses: {
            /** @description Replaced; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VrrpInstanceWrite"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["VrrpInstancePatchInput"];
            };
        };
        responses: {
            /** @description Updated; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VrrpInstanceWrite"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["VrrpSyncGroupPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["VrrpSyncGroup"];
            };
        };
        responses: {
            /** @description Created; ETag and Location headers; cluster-wide warnings in `warnings`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VrrpSyncGroupWrite"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["VrrpSyncGroupResource"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["VrrpSyncGroup"];
            };
        };
        responses: {
            /** @description Replaced; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VrrpSyncGroupWrite"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["VrrpSyncGroupPatch"];
            };
        };
        responses: {
            /** @description Updated; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VrrpSyncGroupWrite"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VirtualServices_list: {
        parameters: {
            query?: {
                /** @description Substring of the key (VIP:port/protocol or fwmark:N) */
                q?: string;
                /** @description Exactly this natural key (VIP:port/protocol, fwmark:N, group:NAME) */
                key?: string;
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
                    "application/json": components["schemas"]["VirtualServicePage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["VirtualServiceBodyInput"];
            };
        };
        responses: {
            /** @description Created; ETag and Location headers; cluster-wide warnings in `warnings`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualServiceWrite"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["VirtualServiceResource"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["VirtualServiceBodyInput"];
            };
        };
        responses: {
            /** @description Replaced; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualServiceWrite"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["VirtualServicePatch"];
            };
        };
        responses: {
            /** @description Updated; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualServiceWrite"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RealServers_list: {
        parameters: {
            query?: {
                /** @description Substring of the key (address:port) */
                q?: string;
                /** @description Exactly this natural key (address:port, [v6]:port): finds one real server among thousands without paging */
                key?: string;
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
                    "application/json": components["schemas"]["RealServerPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["RealServerInput"];
            };
        };
        responses: {
            /** @description Created; ETag and Location headers; cluster-wide warnings in `warnings`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealServerWrite"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["RealServerResource"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["RealServerInput"];
            };
        };
        responses: {
            /** @description Replaced; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealServerWrite"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["RealServerPatchInput"];
            };
        };
        responses: {
            /** @description Updated; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealServerWrite"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["AdminStateBodyInput"];
            };
        };
        responses: {
            /** @description Changed; new ETag; `runtime` with apply "now". */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminStateResponse"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ScriptAllowlist_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The allowlist. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScriptAllowlist"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ScriptAllowlist_set: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScriptAllowlist"];
            };
        };
        responses: {
            /** @description The new allowlist. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScriptAllowlist"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["RevisionPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["RevisionCreateInput"];
            };
        };
        responses: {
            /** @description The new revision. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionDetail"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["RevisionDetail"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["RevisionDiff"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["DeploymentPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["DeploymentCreateInput"];
            };
        };
        responses: {
            /** @description Started (or, with a known Idempotency-Key, the earlier deployment). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["Drift"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["HostKey"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                "application/json": components["schemas"]["HostKeyAccept"];
            };
        };
        responses: {
            /** @description Pinned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostKey"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Runtime_maintenance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clusterId: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MaintenanceBody"];
            };
        };
        responses: {
            /** @description What changed, per VIP, and whether it was applied now or at the next deployment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceResult"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Runtime_maintenanceList: {
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
            /** @description One row per director. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Runtime_changes: {
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
            /** @description A page of runtime changes with the total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuntimeChangePage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["ClusterLiveState"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["MetricsSeries"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Radar_list: {
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
            /** @description The open incidents (empty: none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterIncidents"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Radar_fleet: {
        parameters: {
            query?: {
                /** @description open (default): the incidents open now; resolved: those that ended, newest end first */
                state?: "open" | "resolved";
                /** @description Only this cluster's incidents */
                clusterId?: string;
                /** @description Page size */
                limit?: number;
                /** @description Items to skip */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of incidents with the total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FleetIncidentsPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Fleet_lintAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every finding of every cluster. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lint"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Fleet_lintCluster: {
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
            /** @description The cluster's findings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lint"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Fleet_whatIf: {
        parameters: {
            query: {
                /** @description What fails: `director:NAME`, `interface:IF@DIRECTOR`, `script:NAME[@DIRECTOR]` (a vrrp_script; without a director: on every director) or `real-server:IP[:PORT]` (`[IPv6]:PORT`); several separated by commas */
                fail: string;
            };
            header?: never;
            path: {
                clusterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outcome. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatIf"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Fleet_capabilities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clusterId: string;
                /** @description The director's name in the cluster spec */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record (all null when never read). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Capabilities"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Fleet_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clusterId: string;
                /** @description The director's name in the cluster spec */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Capabilities"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["Liveness"];
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
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Problem details (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Cli_download: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of a copy you hold: 304 (no body) while it is current */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file; ETag header. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description The copy named by If-None-Match is current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Confirmations_current: {
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
            /** @description The latest confirmation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Confirmation"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Confirmations_create: {
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
                "application/json": components["schemas"]["ConfirmationCreate"];
            };
        };
        responses: {
            /** @description Pending. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Confirmation"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Confirmations_confirm: {
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
            /** @description Confirmed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Confirmation"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Confirmations_list: {
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
            /** @description A page of confirmations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationChannels_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Channels by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationChannels_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelCreateInput"];
            };
        };
        responses: {
            /** @description Created; ETag header. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationChannels_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channelId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationChannels_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the channel from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                channelId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationChannels_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the channel from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                channelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelUpdate"];
            };
        };
        responses: {
            /** @description Updated; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationChannels_test: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channelId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationChannels_deliveries: {
        parameters: {
            query?: {
                status?: "pending" | "delivering" | "delivered" | "failed";
                limit?: number;
                before?: string;
            };
            header?: never;
            path: {
                channelId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page; pass nextCursor as `before` for the next one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationRules_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rules by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleList"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationRules_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleCreateInput"];
            };
        };
        responses: {
            /** @description Created; ETag header. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rule"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationRules_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ruleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rule"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationRules_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the rule from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                ruleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationRules_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the rule from a read (W/"<version>"; "*" matches any). When it is stale the write is refused with 412 and changes nothing. Without it the write is unconditional. */
                "If-Match"?: string;
            };
            path: {
                ruleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleUpdate"];
            };
        };
        responses: {
            /** @description Updated; new ETag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rule"];
                };
            };
            /** @description Problem details (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
