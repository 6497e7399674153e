# conformscan Windows snapshot over WinRM (probes/hostaccess/winrm_allow.go).
# Reads only; writes nothing on the host (no temp file, no registry key).
# Prints ONE line: the base64 of the UTF-8 JSON of a winhost.Snapshot
# (probes/winhost/snapshot.go, version 1, collector "winrm"). A section that
# throws is named in "problems" and its list is null: never "nothing found".
# The account policy is read by a second allow-listed command, 'net accounts'.
$ErrorActionPreference = 'Stop'
$problems = New-Object System.Collections.Generic.List[object]
function Add-Problem([string]$source, $err) {
    $problems.Add([ordered]@{ source = $source; error = [string]$err })
}
function Lower([string]$s) { return $s.ToLowerInvariant().Replace(' ', '-') }

# OS: HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion.
$os = [ordered]@{ product_name = ''; edition_id = ''; installation_type = ''; build = 0; ubr = 0 }
try {
    $cv = Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
    $os.product_name = [string]$cv.ProductName
    $os.edition_id = [string]$cv.EditionID
    $os.installation_type = [string]$cv.InstallationType
    if ($cv.DisplayVersion) { $os.display_version = [string]$cv.DisplayVersion }
    $os.build = [int]$cv.CurrentBuild
    $os.ubr = [int]$cv.UBR
} catch { Add-Problem 'os' $_ }

# Programs: the Uninstall keys of the 64-bit view, WOW6432Node and every
# loaded user hive (HKU\<SID>, not the _Classes hives).
function Read-Uninstall($list, [string]$root, [string]$view) {
    if (-not (Test-Path -LiteralPath $root)) { return }
    foreach ($k in Get-ChildItem -LiteralPath $root) {
        $p = Get-ItemProperty -LiteralPath $k.PSPath
        if (-not $p.DisplayName) { continue }
        $e = [ordered]@{ name = [string]$p.DisplayName; view = $view; key = [string]$k.PSChildName }
        if ($p.DisplayVersion) { $e.version = [string]$p.DisplayVersion }
        if ($p.Publisher) { $e.publisher = [string]$p.Publisher }
        $list.Add($e)
    }
}
$programs = New-Object System.Collections.Generic.List[object]
try {
    $u = 'SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall'
    Read-Uninstall $programs "HKLM:\$u" '64'
    Read-Uninstall $programs 'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall' '32'
    foreach ($h in Get-ChildItem -LiteralPath 'Registry::HKEY_USERS') {
        $sid = [string]$h.PSChildName
        if ($sid -like '*_Classes') { continue }
        Read-Uninstall $programs "Registry::HKEY_USERS\$sid\$u" "user:$sid"
    }
    $programs = $programs.ToArray()
} catch { Add-Problem 'programs' $_; $programs = $null }

# Services: Win32_Service.
$services = New-Object System.Collections.Generic.List[object]
try {
    foreach ($s in Get-CimInstance -ClassName Win32_Service) {
        $start = Lower $s.StartMode
        if ($start -eq 'auto' -and $s.DelayedAutoStart) { $start = 'delayed-auto' }
        $e = [ordered]@{ name = [string]$s.Name; start_type = $start; state = (Lower $s.State) }
        if ($s.DisplayName) { $e.display_name = [string]$s.DisplayName }
        if ($s.StartName) { $e.account = [string]$s.StartName }
        if ($s.PathName) { $e.binary_path = [string]$s.PathName }
        if ($s.ProcessId) { $e.pid = [int]$s.ProcessId }
        $services.Add($e)
    }
    $services = $services.ToArray()
} catch { Add-Problem 'services' $_; $services = $null }

# Processes: Win32_Process (image name with its .exe, path, session).
$processes = New-Object System.Collections.Generic.List[object]
try {
    foreach ($p in Get-CimInstance -ClassName Win32_Process) {
        $e = [ordered]@{ pid = [int]$p.ProcessId; name = [string]$p.Name; session = [int]$p.SessionId }
        if ($p.ExecutablePath) { $e.path = [string]$p.ExecutablePath }
        $processes.Add($e)
    }
    $processes = $processes.ToArray()
} catch { Add-Problem 'processes' $_; $processes = $null }

# Sockets: listening TCP, bound UDP. "No object found" is an empty list.
function Read-Sockets($list, [string]$proto, [scriptblock]$get) {
    try { $all = @(& $get) } catch {
        if ($_.CategoryInfo.Category -ne 'ObjectNotFound') { throw }
        $all = @()
    }
    foreach ($c in $all) {
        $list.Add([ordered]@{ proto = $proto; address = [string]$c.LocalAddress; port = [int]$c.LocalPort; pid = [int]$c.OwningProcess })
    }
}
$sockets = New-Object System.Collections.Generic.List[object]
try {
    Read-Sockets $sockets 'tcp' { Get-NetTCPConnection -State Listen }
    Read-Sockets $sockets 'udp' { Get-NetUDPEndpoint }
    $sockets = $sockets.ToArray()
} catch { Add-Problem 'sockets' $_; $sockets = $null }

# Local Administrators (well-known SID, whatever the group's local name).
$admins = New-Object System.Collections.Generic.List[object]
try {
    foreach ($m in Get-LocalGroupMember -SID 'S-1-5-32-544') { $admins.Add([string]$m.Name) }
    $admins = $admins.ToArray()
} catch { Add-Problem 'administrators' $_; $admins = $null }

$inv = [Globalization.CultureInfo]::InvariantCulture

# Local accounts (8.2): Get-LocalUser, or Win32_UserAccount where the
# LocalAccounts module is absent (Server 2012 R2: no last logon then).
$accounts = New-Object System.Collections.Generic.List[object]
try {
    if (Get-Command Get-LocalUser -ErrorAction SilentlyContinue) {
        foreach ($u in Get-LocalUser) {
            $e = [ordered]@{ name = [string]$u.Name; sid = [string]$u.SID.Value; enabled = [bool]$u.Enabled }
            if ($u.LastLogon) { $e.last_logon = ([datetime]$u.LastLogon).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", $inv) }
            $accounts.Add($e)
        }
    } else {
        foreach ($u in Get-CimInstance -ClassName Win32_UserAccount -Filter 'LocalAccount=True') {
            $accounts.Add([ordered]@{ name = [string]$u.Name; sid = [string]$u.SID; enabled = -not $u.Disabled })
        }
    }
    $accounts = $accounts.ToArray()
} catch { Add-Problem 'local_accounts' $_; $accounts = $null }

$snap = [ordered]@{
    version = 1; collector = 'winrm'; host = [string]$env:COMPUTERNAME
    taken = (Get-Date).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", $inv)
    os = $os; programs = $programs; services = $services; processes = $processes; sockets = $sockets
    account_policy = $null; administrators = $admins; local_accounts = $accounts; problems = $problems.ToArray()
}
$json = ConvertTo-Json -InputObject $snap -Depth 6 -Compress
[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($json))
