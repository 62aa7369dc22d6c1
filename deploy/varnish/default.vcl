# Varnish in front of the portal (Debian's `varnish`, VCL 4.1, Varnish 7.x).
#
# It keeps what the application marks public (core.page_cache: anonymous
# GET/HEAD pages with `Cache-Control: public, s-maxage=...`) and nothing
# else, and drops pages when the application says they changed
# (core.purge.VarnishBackend, through wagtail.contrib.frontend_cache):
#
#   PURGE /pl/projekty/      that path with every query string (?page=2, filters)
#   PURGE /pl/projekty/*     that path and everything below it
#   PURGE /*                 the whole site named by the Host header
#
# Only the application's own machine may purge (acl purgers). Purges are
# bans on the object's host and path, so they also reach every variant of
# a page (Vary, X-Forwarded-Proto) and take effect on the next request.
#
# Run (see README, "Page cache"): varnishd -a :6081 -f /etc/varnish/default.vcl -s malloc,256m
# with the backend below pointing at gunicorn.

vcl 4.1;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 10s;
}

# Who may purge: the application server, on this machine.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purging is allowed from the application server only."));
        }
        if (req.url ~ "\*$") {
            # The prefix becomes a regular expression: only the characters of
            # a Wagtail address (slugs, percent-encoding) are accepted.
            if (req.url !~ "^/[A-Za-z0-9/_%-]*\*$") {
                return (synth(400, "Bad purge prefix."));
            }
            ban("obj.http.x-cache-host == " + req.http.host
                + " && obj.http.x-cache-path ~ ^" + regsub(req.url, "\*$", ""));
        } else {
            ban("obj.http.x-cache-host == " + req.http.host
                + " && obj.http.x-cache-path == " + regsub(req.url, "\?.*$", ""));
        }
        return (synth(200, "Purged."));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin and signed-in editors, and a visitor with a message waiting
    # (Django's message cookie), always reach the application.
    if (req.url ~ "^/admin/" || req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    if (req.http.Cookie) {
        # Analytics cookies that another site of the city's domain may set
        # (Google Analytics, Matomo, Hotjar, Facebook) say nothing to the
        # portal: they are removed, so they reach neither the application
        # nor its logs. The portal's own cookies (CSRF token, language,
        # survey) go on to the application, which never marks an answer
        # that depends on them public.
        set req.http.Cookie = regsuball(req.http.Cookie,
            "(^|;\s*)(_ga[^=]*|_gid|_gat[^=]*|__utm[a-z]+|_pk_[^=]*|_hj[^=]*|_fbp)=[^;]*", "");
        set req.http.Cookie = regsub(req.http.Cookie, "^;\s*", "");
        if (req.http.Cookie ~ "^\s*$") {
            unset req.http.Cookie;
        }
    }
    # Varnish's built-in logic would pass every request that has a cookie;
    # what may be shared is decided by the application's Cache-Control.
    return (hash);
}

sub vcl_hash {
    # http and https answers name their own addresses: kept apart.
    hash_data(req.http.X-Forwarded-Proto);
    # Varnish's built-in vcl_hash adds the URL and the Host.
}

sub vcl_backend_response {
    # What purges match on; removed again before delivery.
    set beresp.http.x-cache-host = bereq.http.host;
    set beresp.http.x-cache-path = regsub(bereq.url, "\?.*$", "");
    unset beresp.http.X-Page-Cache;

    # Keep only what the application marks public; everything else
    # (private, no-store, a cookie, no Cache-Control at all, e.g. the
    # HTTPS redirect) goes to the application on every request.
    if (beresp.http.Cache-Control !~ "(?i)(^|[ ,])public([ ,]|$)"
        || beresp.http.Cache-Control ~ "(?i)private|no-store|no-cache"
        || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # beresp.ttl comes from s-maxage (else max-age). After it runs out a
    # page may be served for a few seconds more while a fresh copy is fetched.
    set beresp.grace = 30s;
}

sub vcl_deliver {
    unset resp.http.x-cache-host;
    unset resp.http.x-cache-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
