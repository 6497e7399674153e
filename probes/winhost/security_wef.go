package winhost

// EventForwarding is Windows Event Forwarding as configured by policy:
// the values of HKLM\Software\Policies\Microsoft\Windows\EventLog\
// EventForwarding\SubscriptionManager (6.5). Nil: the key was not read
// (then in Problems as "event_forwarding"); SubscriptionManagers empty:
// the key is absent or holds no value.
type EventForwarding struct {
	// SubscriptionManagers are the values' data, e.g.
	// "Server=http://wec.chm.example:5985/wsman/SubscriptionManager/WEC,Refresh=60".
	SubscriptionManagers []string `json:"subscription_managers"`
	// WinRMState is the WinRM service's state ("running"), which
	// forwarding needs; "" when not read.
	WinRMState string `json:"winrm_state,omitempty"`
}
