# Read-only path operations; the caller prepends $p (the path, decoded from
# base64), $op ('read', 'list' or 'stat') and $max (the read bound).
# Output: one line, the base64 of the file's bytes (read) or of UTF-8 JSON
# (list, stat). Exit 2: no such path; 5: access denied; 3: over $max.
$ErrorActionPreference = 'Stop'
function Entry($i) {
    $e = [ordered]@{ name = [string]$i.Name; dir = [bool]$i.PSIsContainer; regular = (-not $i.PSIsContainer) }
    if (-not $i.PSIsContainer) { $e.size = [long]$i.Length }
    return $e
}
function B64Json($v) {
    $j = ConvertTo-Json -InputObject $v -Depth 3 -Compress
    return [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($j))
}
try {
    $i = Get-Item -LiteralPath $p -Force
    if ($op -eq 'stat') { B64Json (Entry $i); exit 0 }
    if ($op -eq 'list') {
        $l = New-Object System.Collections.Generic.List[object]
        foreach ($c in Get-ChildItem -LiteralPath $p -Force) { $l.Add((Entry $c)) }
        B64Json $l.ToArray(); exit 0
    }
    if ($i.PSIsContainer) { exit 2 }
    if ($i.Length -gt $max) { exit 3 }
    [Convert]::ToBase64String([IO.File]::ReadAllBytes($p))
} catch {
    $e = $_.Exception
    while ($e.InnerException) { $e = $e.InnerException }
    if ($e -is [Management.Automation.ItemNotFoundException] -or $e -is [IO.FileNotFoundException] -or $e -is [IO.DirectoryNotFoundException]) { exit 2 }
    if ($e -is [UnauthorizedAccessException] -or $e -is [Security.SecurityException]) { exit 5 }
    throw
}
