# conformscan Windows security sections (probes/winhost/security_collect.go).
# Run over WinRM (allow-listed as "windows-security") and by the native
# collector through powershell.exe: ONE script for both. Reads only; writes
# nothing on the host. Prints ONE line: the base64 of the UTF-8 JSON of a
# winhost.SecurityReport. A section that throws is named in "problems" (the
# source the Go judges look for) and its field is null: never "nothing found".
# $skip (set by the native collector, which reads them with the APIs) lists
# sections not to run: 'audit', 'wef'.
$ErrorActionPreference = 'Stop'
$inv = [Globalization.CultureInfo]::InvariantCulture
if ($null -eq $skip) { $skip = @() }
$problems = New-Object System.Collections.Generic.List[object]
function Add-Problem([string]$source, $err) {
    $problems.Add([ordered]@{ source = $source; error = [string]$err })
}
function Iso($d) { return ([datetime]$d).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", $inv) }
$client = $null
try { $client = ((Get-CimInstance -ClassName Win32_OperatingSystem).ProductType -eq 1) } catch { $clientErr = $_ }

# Defender: Get-MpComputerStatus; no WinDefend service means not installed.
$defender = $null
try {
    $svc = Get-Service -Name WinDefend -ErrorAction SilentlyContinue
    if ($null -eq $svc) {
        $defender = [ordered]@{ installed = $false; am_service_enabled = $false; antivirus_enabled = $false; real_time_protection_enabled = $false }
    } elseif (-not (Get-Command Get-MpComputerStatus -ErrorAction SilentlyContinue)) {
        throw 'WinDefend service present but no Get-MpComputerStatus'
    } else {
        $m = Get-MpComputerStatus
        $defender = [ordered]@{ installed = $true; am_service_enabled = [bool]$m.AMServiceEnabled; antivirus_enabled = [bool]$m.AntivirusEnabled
            real_time_protection_enabled = [bool]$m.RealTimeProtectionEnabled; am_running_mode = [string]$m.AMRunningMode
            antivirus_signature_version = [string]$m.AntivirusSignatureVersion }
        if ($m.AntivirusSignatureLastUpdated) { $defender.antivirus_signature_last_updated = Iso $m.AntivirusSignatureLastUpdated }
    }
} catch { Add-Problem 'security.malware.defender' $_; $defender = $null }

# Security Center products: client editions only (Server has no SecurityCenter2).
$products = New-Object System.Collections.Generic.List[object]
try {
    if ($null -eq $client) { throw "Win32_OperatingSystem.ProductType: $clientErr" }
    if ($client) {
        foreach ($a in Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct) {
            $e = [ordered]@{ name = [string]$a.displayName; product_state = [int]$a.productState }
            $t = [datetime]::MinValue
            if ([datetime]::TryParse([string]$a.timestamp, $inv, [Globalization.DateTimeStyles]::AssumeUniversal, [ref]$t)) { $e.timestamp = Iso $t }
            $products.Add($e)
        }
    }
    $products = $products.ToArray()
} catch { Add-Problem 'security.malware.antivirus_products' $_; $products = $null }

# Windows Update: installed (Get-HotFix), pending (the Update Agent search,
# offline: against what its last detection downloaded; fast, no network).
$updates = [ordered]@{ installed = $null; pending = $null }
try {
    $hf = New-Object System.Collections.Generic.List[object]
    $last = $null
    foreach ($h in Get-HotFix) {
        $e = [ordered]@{ kb = [string]$h.HotFixID; description = [string]$h.Description }
        if ($h.InstalledOn) {
            $e.installed_on = Iso $h.InstalledOn
            if ($null -eq $last -or $h.InstalledOn -gt $last) { $last = $h.InstalledOn }
        }
        $hf.Add($e)
    }
    $updates.installed = $hf.ToArray()
    if ($null -ne $last) { $updates.last_installed = Iso $last }
} catch { Add-Problem 'security.malware.updates.installed' $_ }
try {
    $searched = Get-Date
    $searcher = (New-Object -ComObject Microsoft.Update.Session).CreateUpdateSearcher()
    $searcher.Online = $false
    $res = $searcher.Search("IsInstalled=0 and Type='Software'")
    $pend = New-Object System.Collections.Generic.List[object]
    foreach ($u in $res.Updates) {
        # Security Updates and Critical Updates by CategoryID (names are translated).
        $cats = @($u.Categories | ForEach-Object { ([string]$_.CategoryID).ToUpperInvariant() })
        $sec = [bool]$u.MsrcSeverity -or $cats -contains '0FA1201D-4330-4FA8-8AE9-B877473B6441' -or $cats -contains 'E6CF1350-C01B-414D-A61F-263D14D133B4'
        $kb = ''
        if ($u.KBArticleIDs.Count -gt 0) { $kb = 'KB' + [string]$u.KBArticleIDs.Item(0) }
        $e = [ordered]@{ kb = $kb; title = [string]$u.Title; security = $sec; released = (Iso $u.LastDeploymentChangeTime) }
        if ($u.MsrcSeverity) { $e.msrc_severity = [string]$u.MsrcSeverity }
        $pend.Add($e)
    }
    $updates.pending = $pend.ToArray()
    $updates.searched = Iso $searched
} catch { Add-Problem 'security.malware.updates.pending' $_ }
$malware = [ordered]@{ defender = $defender; av_products = $products; updates = $updates }

# Audit policy: the raw CSV of auditpol, parsed in Go (ParseAuditpolCSV).
$auditpol = $null
if ($skip -notcontains 'audit') {
    try {
        $out = & "$env:SystemRoot\System32\auditpol.exe" /get /category:* /r
        if ($LASTEXITCODE -ne 0) { throw "auditpol exit $LASTEXITCODE : $($out -join ' ')" }
        $auditpol = ($out -join "`n")
    } catch { Add-Problem 'audit_policy' $_ }
}

# Windows Event Forwarding: the policy's SubscriptionManager values.
$wef = $null
if ($skip -notcontains 'wef') {
    try {
        $k = 'HKLM:\Software\Policies\Microsoft\Windows\EventLog\EventForwarding\SubscriptionManager'
        $mgrs = New-Object System.Collections.Generic.List[object]
        if (Test-Path -LiteralPath $k) {
            $item = Get-Item -LiteralPath $k
            foreach ($n in $item.GetValueNames()) { $mgrs.Add([string]$item.GetValue($n)) }
        }
        $wef = [ordered]@{ subscription_managers = $mgrs.ToArray() }
        $w = Get-Service -Name WinRM -ErrorAction SilentlyContinue
        if ($w) { $wef.winrm_state = ([string]$w.Status).ToLowerInvariant() }
    } catch { Add-Problem 'event_forwarding' $_; $wef = $null }
}

# Disk encryption: chassis, model, BitLocker volumes (Win32_EncryptableVolume).
$disk = [ordered]@{ chassis_types = $null; volumes = $null }
try {
    $disk.chassis_types = [int[]]@((Get-CimInstance -ClassName Win32_SystemEnclosure).ChassisTypes | ForEach-Object { [int]$_ })
    $disk.model = [string](Get-CimInstance -ClassName Win32_ComputerSystem).Model
} catch { Add-Problem 'disk_encryption' "chassis: $_" }
try {
    $types = @('OperatingSystem', 'FixedData', 'Removable')
    $prot = @('Off', 'On', 'Unknown')
    $conv = @('FullyDecrypted', 'FullyEncrypted', 'EncryptionInProgress', 'DecryptionInProgress', 'EncryptionPaused', 'DecryptionPaused')
    $meth = @('None', 'Aes128Diffuser', 'Aes256Diffuser', 'Aes128', 'Aes256', 'Hardware', 'XtsAes128', 'XtsAes256')
    $vols = New-Object System.Collections.Generic.List[object]
    foreach ($v in Get-CimInstance -Namespace root/cimv2/Security/MicrosoftVolumeEncryption -ClassName Win32_EncryptableVolume) {
        $c = Invoke-CimMethod -InputObject $v -MethodName GetConversionStatus
        if ($c.ReturnValue -ne 0) { throw "GetConversionStatus of $($v.DriveLetter): $($c.ReturnValue)" }
        $e = [ordered]@{ mount_point = [string]$v.DriveLetter; volume_type = $types[[int]$v.VolumeType]
            protection_status = $prot[[int]$v.ProtectionStatus]; volume_status = $conv[[int]$c.ConversionStatus]
            encryption_percentage = [int]$c.EncryptionPercentage }
        if ($v.EncryptionMethod) { $e.encryption_method = $meth[[int]$v.EncryptionMethod] }
        if (-not $e.mount_point) { $e.mount_point = [string]$v.DeviceID }
        $vols.Add($e)
    }
    $disk.volumes = $vols.ToArray()
} catch { Add-Problem 'disk_encryption' "BitLocker volumes: $_" }

# Windows Firewall: the active profiles, and the enabled inbound rules that
# reach an administration port (22, 3389, 5985, 5986) or any port.
function Cidr([string]$a) {
    if ($a -notmatch '^(.+)/(\d+\.\d+\.\d+\.\d+)$') { return $a }
    $bits = 0
    foreach ($b in ([Net.IPAddress]::Parse($Matches[2])).GetAddressBytes()) { $bits += [Convert]::ToString($b, 2).Replace('0', '').Length }
    return "$($Matches[1])/$bits"
}
function Admin-Port($ports) {
    foreach ($p in $ports) {
        if ($p -eq 'Any') { return $true }
        if ($p -match '^(\d+)(-(\d+))?$') {
            $lo = [int]$Matches[1]; $hi = $lo
            if ($Matches[3]) { $hi = [int]$Matches[3] }
            foreach ($a in 22, 3389, 5985, 5986) { if ($a -ge $lo -and $a -le $hi) { return $true } }
        }
    }
    return $false
}
$firewall = $null
try {
    $profiles = @(Get-NetFirewallProfile -PolicyStore ActiveStore | ForEach-Object {
        [ordered]@{ name = [string]$_.Name; enabled = ([string]$_.Enabled -eq 'True'); default_inbound = ([string]$_.DefaultInboundAction).ToLowerInvariant() } })
    $ports = @{}; $addrs = @{}; $apps = @{}
    foreach ($f in Get-NetFirewallPortFilter -PolicyStore ActiveStore) { $ports[$f.InstanceID] = $f }
    foreach ($f in Get-NetFirewallAddressFilter -PolicyStore ActiveStore) { $addrs[$f.InstanceID] = $f }
    foreach ($f in Get-NetFirewallApplicationFilter -PolicyStore ActiveStore) { $apps[$f.InstanceID] = $f }
    $rules = New-Object System.Collections.Generic.List[object]
    foreach ($r in Get-NetFirewallRule -PolicyStore ActiveStore -Enabled True -Direction Inbound) {
        $pf = $ports[$r.InstanceID]; $af = $addrs[$r.InstanceID]
        if ($null -eq $pf -or $null -eq $af) { throw "rule $($r.Name): no port or address filter" }
        $proto = ([string]$pf.Protocol).ToLowerInvariant()
        if (($proto -ne 'tcp' -and $proto -ne 'any') -or -not (Admin-Port @($pf.LocalPort))) { continue }
        # A block rule of one program or service blocks nothing else: left
        # out (never taken as closing the port).
        if ([string]$r.Action -eq 'Block') {
            $ap = $apps[$r.InstanceID]
            $svc = [string](Get-NetFirewallServiceFilter -AssociatedNetFirewallRule $r).Service
            if ($null -eq $ap -or [string]$ap.Program -ne 'Any' -or ([string]$ap.Package -and [string]$ap.Package -ne 'Any') -or $svc -ne 'Any') { continue }
        }
        $rules.Add([ordered]@{ name = [string]$r.DisplayName; enabled = $true; direction = 'in'
            action = ([string]$r.Action).ToLowerInvariant(); protocol = $proto
            local_ports = [string[]]@($pf.LocalPort | ForEach-Object { ([string]$_).Replace('Any', 'any') })
            remote_addresses = [string[]]@($af.RemoteAddress | ForEach-Object { Cidr ([string]$_).Replace('Any', 'any') })
            profiles = [string[]]@(([string]$r.Profile).ToLowerInvariant() -split ',\s*') })
    }
    $firewall = [ordered]@{ profiles = $profiles; rules = $rules.ToArray() }
} catch { Add-Problem 'firewall' $_; $firewall = $null }

$report = [ordered]@{ malware = $malware; auditpol_csv = $auditpol; event_forwarding = $wef; disk_encryption = $disk
    firewall = $firewall; problems = $problems.ToArray() }
$json = ConvertTo-Json -InputObject $report -Depth 8 -Compress
[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($json))
