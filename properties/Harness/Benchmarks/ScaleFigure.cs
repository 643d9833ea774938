// Harness/Benchmarks: checked conformance steps per second on a configuration scaled to many VMs and VFs (one worker)
namespace SriovVerification.Harness.Benchmarks;

/// <summary>Checked conformance steps per second on a configuration scaled to many VMs and VFs (one worker).</summary>
/// <param name="VmCount">VMs.</param>
/// <param name="NumVfs">VFs per adapter (NumVFs = TotalVFs).</param>
/// <param name="VPorts">VPorts of each NIC switch.</param>
/// <param name="Steps">Checked steps.</param>
/// <param name="Seconds">Wall-clock seconds they took.</param>
/// <param name="CpuSeconds">CPU seconds of the process meanwhile.</param>
/// <param name="StepsPerSecond">Checked steps per wall-clock second.</param>
public sealed record ScaleFigure(int VmCount, int NumVfs, int VPorts, long Steps, double Seconds, double CpuSeconds, double StepsPerSecond);
