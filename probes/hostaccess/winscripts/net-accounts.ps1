# The local account policy as 'net accounts' prints it (parsed by its line
# order, whatever the display language: probes/hostaccess/winrm_policy.go).
& "$env:SystemRoot\System32\net.exe" accounts
exit $LASTEXITCODE
