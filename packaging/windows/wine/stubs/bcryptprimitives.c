/* A stand-in for Windows 10's bcryptprimitives.dll, which wine 8 lacks and pydantic-core
 * (Rust's standard library) imports for ProcessPrng. It forwards to the system's
 * BCryptGenRandom, which wine has. For the wine prefix of the CI check only: never in the
 * bundle or the installer (real Windows has the real DLL). */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
  while (size > 0) {
    ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
    if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
    data += chunk;
    size -= chunk;
  }
  return TRUE;
}
