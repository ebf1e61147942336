namespace GraphCallback.GraphEmulator.Mail;

/// <summary>A tiny MPEG-1 Layer III stream (silent frames) to attach as voicemail audio.</summary>
public static class AudioSample
{
    /// <summary>Frames of 417 bytes: header FF FB 90 64 (128 kbit/s, 44.1 kHz, mono-compatible) then silence.</summary>
    public static byte[] Mp3(int durationSeconds)
    {
        const int frameLength = 417;
        var frames = Math.Clamp(durationSeconds, 1, 10) * 38;
        var bytes = new byte[frames * frameLength];
        for (var i = 0; i < frames; i++)
        {
            var offset = i * frameLength;
            bytes[offset] = 0xFF;
            bytes[offset + 1] = 0xFB;
            bytes[offset + 2] = 0x90;
            bytes[offset + 3] = 0x64;
        }

        return bytes;
    }
}
