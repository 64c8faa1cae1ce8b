package org.mrpa.dicom;

import java.util.List;
import org.mrpa.protocol.Plane;

/**
 * The plane of a series from ImageOrientationPatient (§8.1): the image normal is row x column, its largest component
 * names the plane (x sagittal, y coronal, z axial), and its angle to that axis is the obliquity, reported separately.
 */
final class PlaneClassifier {

    /**
     * The plane of a series.
     *
     * @param plane      the plane of every image; null when there is no orientation or orientations are mixed
     * @param obliquity  the largest angle, in degrees to one decimal, between an image normal and the plane's axis
     * @param mixed      true when the images lie in several planes (a localizer)
     */
    record Geometry(Plane plane, Double obliquity, boolean mixed) {}

    private PlaneClassifier() {}

    static Geometry geometry(List<double[]> orientations) {
        Plane plane = null;
        double worst = 0;
        boolean mixed = false;
        for (double[] o : orientations) {
            double nx = o[1] * o[5] - o[2] * o[4];
            double ny = o[2] * o[3] - o[0] * o[5];
            double nz = o[0] * o[4] - o[1] * o[3];
            double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
            if (len == 0) {
                continue;
            }
            double ax = Math.abs(nx / len);
            double ay = Math.abs(ny / len);
            double az = Math.abs(nz / len);
            double max = Math.max(ax, Math.max(ay, az));
            Plane p = max == ax ? Plane.SAG : max == ay ? Plane.COR : Plane.AX;
            if (plane != null && plane != p) {
                mixed = true;
            }
            plane = plane == null ? p : plane;
            worst = Math.max(worst, Math.toDegrees(Math.acos(Math.min(1.0, max))));
        }
        if (mixed) {
            return new Geometry(null, null, true);
        }
        return new Geometry(plane, plane == null ? null : Math.round(worst * 10) / 10.0, false);
    }
}
