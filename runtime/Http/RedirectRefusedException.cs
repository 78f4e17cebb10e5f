using System;

namespace B24Gen.Http;

/// <summary>The portal redirected to an address the client will not post to (not HTTPS, and not loopback).</summary>
internal sealed class RedirectRefusedException(string target) : Exception($"The portal redirected to {target}, which is not HTTPS; the call was not re-sent there.");
