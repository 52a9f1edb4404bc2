using System.Net;
using System.Net.Sockets;

namespace AdaptiveLearning.Infrastructure.Webhooks;

/// <summary>
/// Which addresses a webhook may reach: public unicast only. Loopback, private (RFC 1918, unique-local), link-local
/// (including cloud metadata at 169.254.169.254), carrier-grade NAT, documentation, multicast, reserved, and IPv6 forms
/// that embed an IPv4 address are judged by that address or refused.
/// </summary>
internal static class AddressRules
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        var b = address.GetAddressBytes();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(b),
            AddressFamily.InterNetworkV6 => IsPublicV6(address, b),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] is 0 or 10 or 127 or >= 224
        || (b[0] == 100 && b[1] is >= 64 and <= 127)
        || (b[0] == 169 && b[1] == 254)
        || (b[0] == 172 && b[1] is >= 16 and <= 31)
        || (b[0] == 192 && b[1] == 168)
        || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)
        || (b[0] == 198 && b[1] is 18 or 19)
        || (b[0] == 198 && b[1] == 51 && b[2] == 100)
        || (b[0] == 203 && b[1] == 0 && b[2] == 113));

    private static bool IsPublicV6(IPAddress address, byte[] b)
    {
        if (IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast)
            return false;
        if ((b[0] & 0xfe) == 0xfc)
            return false; // unique local fc00::/7
        if (b.Take(12).All(x => x == 0))
            return false; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
            return IsPublicV4(b[12..]); // NAT64 64:ff9b::/96
        if (b[0] == 0x20 && b[1] == 0x02)
            return IsPublicV4(b[2..6]); // 6to4 2002::/16
        if (b[0] == 0x20 && b[1] == 0x01 && ((b[2] == 0x00 && b[3] == 0x00) || (b[2] == 0x0d && b[3] == 0xb8)))
            return false; // Teredo 2001::/32 hides its target; 2001:db8::/32 is documentation
        return true;
    }
}
