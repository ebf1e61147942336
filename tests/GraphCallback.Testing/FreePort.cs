using System.Net;
using System.Net.Sockets;

namespace GraphCallback.Testing;

/// <summary>Asks the OS for a loopback port nobody is listening on, so suites never collide.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
