#!/bin/bash
# deb postinst for TAP Desk (electron-builder `deb.afterInstall`). A custom afterInstall replaces
# electron-builder's default script, so this restates its steps (command link, chrome-sandbox
# mode, desktop database, AppArmor profile) and adds the machine policy folder.
# electron-builder substitutes the single-quoted macros below at build time.
set -u

app_dir='/opt/${sanitizedProductName}'
exe='${executable}'

# Command on PATH.
if type update-alternatives >/dev/null 2>&1; then
    update-alternatives --install "/usr/bin/$exe" "$exe" "$app_dir/$exe" 100 || ln -sf "$app_dir/$exe" "/usr/bin/$exe"
else
    ln -sf "$app_dir/$exe" "/usr/bin/$exe"
fi

# Chromium's SUID sandbox helper is needed only where unprivileged user namespaces are off.
if ! { [[ -L /proc/self/ns/user ]] && unshare --user true; } 2>/dev/null; then
    chmod 4755 "$app_dir/chrome-sandbox" || true
else
    chmod 0755 "$app_dir/chrome-sandbox" || true
fi

if hash update-desktop-database 2>/dev/null; then
    update-desktop-database /usr/share/applications || true
fi

# Ubuntu 24+ restricts user namespaces per AppArmor profile; install ours where supported.
if apparmor_status --enabled >/dev/null 2>&1; then
    profile_source="$app_dir/resources/apparmor-profile"
    profile_target="/etc/apparmor.d/$exe"
    if [ -f "$profile_source" ] && apparmor_parser --skip-kernel-load --debug "$profile_source" >/dev/null 2>&1; then
        cp -f "$profile_source" "$profile_target"
        if ! { [ -x /usr/bin/ischroot ] && /usr/bin/ischroot; }; then
            apparmor_parser --replace --write-cache --skip-read-cache "$profile_target" || true
        fi
    fi
fi

# Machine policy folder. The app accepts /etc/tap-desk/policy.json only when it is a regular
# file (not a symlink) owned by root and not group- or world-writable, so the folder is too.
install -d -o root -g root -m 0755 /etc/tap-desk
# The example is refreshed on every install; the admin's policy.json is never touched.
install -o root -g root -m 0644 "$app_dir/resources/policy.example.json" /etc/tap-desk/policy.example.json

exit 0
