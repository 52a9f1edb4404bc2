namespace AdaptiveLearning.Application.Auth;

/// <summary>Who is calling, as the device list shows it; empty outside a request.</summary>
public interface IRequestOrigin
{
    string? UserAgent { get; }
    string? Client { get; }
}
