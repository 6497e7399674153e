package urlutil
