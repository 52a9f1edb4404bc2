using OtpNet;

namespace AdaptiveLearning.Api.FunctionalTests.Auth;

/// <summary>
/// The user's authenticator app, computed with Otp.NET from the secret the API returned. The server accepts one
/// 30-second step either side of its clock and each step once, so successive codes come from successive steps: the
/// previous one first while it is safely in the window, then the current and the next. A fourth code waits for time.
/// </summary>
internal sealed class Authenticator(string secret)
{
    private const int StepSeconds = 30;
    private const int SafetySeconds = 3;
    private readonly Totp _totp = new(Base32Encoding.ToBytes(secret));
    private long _lastStep = long.MinValue;

    public async Task<string> NextCodeAsync()
    {
        while (true)
        {
            var seconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var current = seconds / StepSeconds;
            var previousStillSafe = seconds % StepSeconds < StepSeconds - SafetySeconds;
            var step = Math.Max(_lastStep + 1, previousStillSafe ? current - 1 : current);
            if (step <= current + 1)
            {
                _lastStep = step;
                return CodeAt(step);
            }
            await Task.Delay(TimeSpan.FromSeconds(StepSeconds - seconds % StepSeconds + 0.2));
        }
    }

    /// <summary>The code the app showed for the step most recently used: what an eavesdropper would replay.</summary>
    public string LastCode => CodeAt(_lastStep);

    private string CodeAt(long step) => _totp.ComputeTotp(DateTime.UnixEpoch.AddSeconds(step * StepSeconds));
}
