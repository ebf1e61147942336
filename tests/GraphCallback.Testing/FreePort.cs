using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace GraphCallback.Testing;

/// <summary>
/// Hands out loopback ports that no other server of this run will take, so suites never collide.
/// </summary>
/// <remarks>
/// Asking the OS for port 0 and closing it again is not enough: that port is an ephemeral one, and
/// between our check and Kestrel's bind any outgoing connection (of this process or of the test
/// assemblies <c>dotnet test</c> runs beside it) may be given it, which failed CI once with "address
/// already in use". So ports come from below the ephemeral range, are reserved across processes by a
/// lock file held until this process ends, and must be free on both loopbacks (a "localhost" URL
/// binds IPv4 and IPv6).
/// </remarks>
public static class FreePort
{
    private const int Lowest = 20000;

    private static readonly ConcurrentBag<FileStream> Reservations = [];
    private static readonly string LockFolder = Path.Combine(Path.GetTempPath(), "graphcallback-test-ports");

    public static int Next()
    {
        Directory.CreateDirectory(LockFolder);
        var highest = EphemeralRangeStart() - 1;
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var port = Random.Shared.Next(Lowest, highest + 1);
            if (TryReserve(port) && IsFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port between {Lowest} and {highest}.");
    }

    private static bool TryReserve(int port)
    {
        try
        {
            // FileShare.None: a second process (or this one) opening the same file fails until we exit.
            Reservations.Add(new FileStream(Path.Combine(LockFolder, $"{port}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool IsFree(int port) => CanBind(IPAddress.Loopback, port) && (!Socket.OSSupportsIPv6 || CanBind(IPAddress.IPv6Loopback, port));

    private static bool CanBind(IPAddress address, int port)
    {
        try
        {
            using var listener = new TcpListener(address, port);
            listener.Start();
            return true;
        }
        catch (SocketException error) when (error.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AddressNotAvailable or SocketError.AccessDenied)
        {
            // AddressNotAvailable: no IPv6 loopback configured, which "localhost" then does not bind either.
            return error.SocketErrorCode == SocketError.AddressNotAvailable;
        }
    }

    /// <summary>The first port Linux gives outgoing connections (32768 unless configured otherwise).</summary>
    private static int EphemeralRangeStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        if (File.Exists(range) && int.TryParse(File.ReadAllText(range).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], out var start) && start > Lowest + 1000)
        {
            return start;
        }

        return 32768;
    }
}
